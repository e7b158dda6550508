/** Neighbourhood placement: a square in the middle, neighbourhoods around it, no overlaps, same input → same picture. */
import { describe, expect, test } from 'vitest';
import { gridBlock, layoutVillage, overlaps, type LayoutItem, type VillageLayoutOptions } from '@/lib/village/layout';

const options: VillageLayoutOptions = { gap: 10, itemGap: 5, padding: 2, header: 8 };
const box = (width: number, height: number) => ({ width, height });

describe('gridBlock', () => {
  test.each([
    ['nothing', [], { width: 0, height: 0 }, []],
    ['one', [box(10, 10)], { width: 10, height: 10 }, [[0, 0]]],
    ['three in 2 columns', [box(10, 10), box(20, 5), box(10, 30)], { width: 35, height: 45 }, [[0, 0], [15, 0], [0, 15]]],
    ['four in 2 × 2', [box(10, 10), box(10, 10), box(10, 10), box(10, 10)], { width: 25, height: 25 }, [[0, 0], [15, 0], [0, 15], [15, 15]]],
  ])('%s', (_name, sizes, size, offsets) => {
    const block = gridBlock(sizes, 5);
    expect(block.size).toEqual(size);
    expect(block.offsets.map((p) => [p.x, p.y])).toEqual(offsets);
  });
});

describe('layoutVillage', () => {
  const groups = ['a', 'b', 'c'] as const;
  const items: LayoutItem<'a' | 'b' | 'c'>[] = [
    { id: 'a1', group: 'a', size: box(20, 10) },
    { id: 'a2', group: 'a', size: box(20, 30) },
    { id: 'c1', group: 'c', size: box(40, 40) },
  ];

  test('places the square in the middle and the neighbourhoods clockwise from the top left', () => {
    const layout = layoutVillage(groups, items, box(30, 20), options);
    expect(layout).toMatchInlineSnapshot(`
      {
        "bounds": {
          "height": 144,
          "width": 148,
          "x": 0,
          "y": 0,
        },
        "centre": {
          "height": 20,
          "width": 30,
          "x": 59,
          "y": 62,
        },
        "groups": [
          {
            "height": 42,
            "id": "a",
            "width": 49,
            "x": 0,
            "y": 5,
          },
          {
            "height": 52,
            "id": "c",
            "width": 44,
            "x": 102,
            "y": 0,
          },
        ],
        "items": {
          "a1": {
            "x": 2,
            "y": 15,
          },
          "a2": {
            "x": 27,
            "y": 15,
          },
          "c1": {
            "x": 104,
            "y": 10,
          },
        },
      }
    `);
  });

  test('the square is at the centre of the picture', () => {
    const { centre, bounds } = layoutVillage(groups, items, box(30, 20), options);
    expect([centre.x + centre.width / 2, centre.y + centre.height / 2]).toEqual([bounds.width / 2, bounds.height / 2]);
  });

  test('nothing overlaps, also with many cottages of different sizes', () => {
    const seven = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7'] as const;
    const many = Array.from({ length: 60 }, (_, i) => ({
      id: `c${i}`,
      group: seven[i % 7]!,
      size: box(100, 50 + ((i * 37) % 90)),
    }));
    const layout = layoutVillage(seven, many, box(200, 100));
    const boxes = [
      { id: 'square', ...layout.centre },
      ...many.map((item) => ({ id: item.id, ...layout.items[item.id]!, ...item.size })),
    ];
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(overlaps(a, b), `${a.id} × ${b.id}`).toBe(false);
    }
    for (const [i, a] of layout.groups.entries()) {
      expect(overlaps(a, layout.centre)).toBe(false);
      for (const b of layout.groups.slice(i + 1)) expect(overlaps(a, b), `${a.id} × ${b.id}`).toBe(false);
    }
    expect(layoutVillage(seven, many, box(200, 100))).toEqual(layout);
  });

  test('an empty village is just the square', () => {
    expect(layoutVillage(groups, [], box(30, 20), options)).toEqual({
      items: {},
      groups: [],
      centre: { x: 10, y: 10, width: 30, height: 20 },
      bounds: { x: 0, y: 0, width: 50, height: 40 },
    });
  });

  test.each([
    ['an unknown neighbourhood', ['a'], [{ id: 'x', group: 'b', size: box(1, 1) }], /unknown neighbourhood "b"/],
    ['more than eight neighbourhoods', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], [], /at most 8/],
  ])('refuses %s', (_name, groupList, itemList, message) => {
    expect(() => layoutVillage(groupList, itemList as LayoutItem<string>[], box(1, 1), options)).toThrow(message);
  });
});
