/** The ring layout: the square in the middle, neighbourhoods around it, no overlaps, same input → same picture. */
import { describe, expect, test } from 'vitest';
import { contains, overlaps, ringLayout, type RingGroup, type RingOptions } from '@/lib/village/layout';

const options = (aspect: number): RingOptions => ({ cell: { width: 120, height: 50 }, gap: 8, blockGap: 24, padding: 8, aspect });
const square = { width: 140, height: 90 };
const group = (id: string, count: number, minWidth = 100): RingGroup<string> => ({ id, count, minWidth, header: 30 });

/** Seven neighbourhoods of a regional village (the Pohjois-Karjala mix). */
const regional = [group('sote', 23, 220), group('employment', 15), group('kela', 3), group('national', 8), group('education', 2), group('private', 6), group('ngo', 5)];
/** A national one with a thousand cottages. */
const big = [group('sote', 400), group('employment', 250), group('kela', 30), group('national', 120), group('education', 60), group('private', 90), group('ngo', 50)];

function check(groups: RingGroup<string>[], aspect: number) {
  const layout = ringLayout(groups, square, options(aspect));
  const cells = layout.blocks.flatMap((block) => block.cells.map((cell, i) => ({ id: `${block.id}#${i}`, block, cell })));
  return { layout, cells };
}

describe('ringLayout', () => {
  test.each([
    ['regional, laptop', regional, 1.9],
    ['regional, phone', regional, 0.55],
    ['national, laptop', big, 1.9],
    ['national, phone', big, 0.55],
    ['two neighbourhoods', [group('a', 1), group('b', 9)], 1.5],
  ])('%s: no two cottages overlap, each lies in its neighbourhood, neighbourhoods apart, square in the middle', (_name, groups, aspect) => {
    const { layout, cells } = check(groups, aspect);
    expect(cells).toHaveLength(groups.reduce((sum, g) => sum + g.count, 0));
    for (const { id, block, cell } of cells) {
      expect(contains(block.box, cell), `${id} inside ${block.id}`).toBe(true);
      expect(overlaps(cell, block.label), `${id} under its name`).toBe(false);
      expect(overlaps(cell, layout.centre), `${id} on the square`).toBe(false);
    }
    // Cells of one block are equal and on a grid; between blocks the frames keep them apart.
    for (const block of layout.blocks) {
      for (const [i, a] of block.cells.entries()) for (const b of block.cells.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    }
    for (const [i, a] of layout.blocks.entries()) {
      expect(overlaps(a.box, layout.centre), `${a.id} on the square`).toBe(false);
      expect(contains(layout.bounds, a.box)).toBe(true);
      for (const b of layout.blocks.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.id} × ${b.id}`).toBe(false);
    }
    const { centre, bounds } = layout;
    expect(Math.abs(centre.x + centre.width / 2 - (bounds.x + bounds.width / 2))).toBeLessThanOrEqual(1);
    const beside = layout.blocks.some((block) => block.box.y < centre.y + centre.height && block.box.y + block.box.height > centre.y);
    if (beside) {
      // A ring: the square in the middle of the picture.
      expect(Math.abs(centre.y + centre.height / 2 - (bounds.y + bounds.height / 2))).toBeLessThanOrEqual(1);
    } else {
      // Stacked (a narrow frame): the square between the stacks, the picture hugging them.
      expect(layout.blocks.some((block) => block.box.y + block.box.height <= centre.y)).toBe(true);
      expect(layout.blocks.some((block) => block.box.y >= centre.y + centre.height)).toBe(true);
      expect(Math.min(centre.y, ...layout.blocks.map((block) => block.box.y))).toBe(bounds.y);
      expect(Math.max(centre.y + centre.height, ...layout.blocks.map((block) => block.box.y + block.box.height))).toBe(bounds.y + bounds.height);
    }
    expect(ringLayout(groups, square, options(aspect))).toEqual(layout);
  });

  test('the neighbourhoods go round the square clockwise in the given order', () => {
    const { layout } = check(regional, 1.9);
    const angle = (box: { x: number; y: number; width: number; height: number }) => {
      const cx = layout.bounds.width / 2;
      const cy = layout.bounds.height / 2;
      // Clockwise from straight left-up (the top band starts at the left).
      const a = Math.atan2(box.y + box.height / 2 - cy, box.x + box.width / 2 - cx);
      return (a + 2 * Math.PI - Math.atan2(-1, -2)) % (2 * Math.PI);
    };
    const angles = layout.blocks.map((block) => angle(block.box));
    expect([...angles].sort((a, b) => a - b)).toEqual(angles);
  });

  test('the first cottages of a neighbourhood are nearest the square', () => {
    const { layout } = check(regional, 1.9);
    const centre = { x: layout.centre.x + layout.centre.width / 2, y: layout.centre.y + layout.centre.height / 2 };
    for (const block of layout.blocks) {
      if (block.cells.length < 2) continue;
      const distance = (cell: { x: number; y: number; width: number; height: number }) =>
        block.side === 'top' || block.side === 'bottom'
          ? Math.abs(cell.y + cell.height / 2 - centre.y)
          : Math.abs(cell.x + cell.width / 2 - centre.x);
      expect(distance(block.cells[0]!)).toBeLessThanOrEqual(distance(block.cells.at(-1)!));
    }
  });

  test('a phone gets a tall village, a laptop a wide one', () => {
    const wide = check(regional, 1.9).layout.bounds;
    const tall = check(regional, 0.55).layout.bounds;
    expect(wide.width / wide.height).toBeGreaterThan(1.2);
    expect(tall.width / tall.height).toBeLessThan(0.9);
  });

  test('an empty village is just the square', () => {
    const layout = ringLayout([group('a', 0)], square, options(1.5));
    expect(layout.blocks).toEqual([]);
    expect(layout.bounds).toEqual({ x: 0, y: 0, width: 188, height: 138 });
    expect(layout.centre).toEqual({ x: 24, y: 24, width: 140, height: 90 });
  });

  test('a small village in detail', () => {
    const layout = ringLayout([group('a', 2, 60), group('b', 1, 60)], { width: 40, height: 20 }, {
      cell: { width: 30, height: 10 },
      gap: 2,
      blockGap: 4,
      padding: 1,
      aspect: 1,
    });
    expect(layout.blocks.map((block) => ({ id: block.id, side: block.side, box: block.box, cells: block.cells.map((c) => [c.x, c.y]) })))
      .toMatchInlineSnapshot(`
        [
          {
            "box": {
              "height": 44,
              "width": 64,
              "x": 0,
              "y": 0,
            },
            "cells": [
              [
                1,
                33,
              ],
              [
                33,
                33,
              ],
            ],
            "id": "a",
            "side": "top",
          },
          {
            "box": {
              "height": 44,
              "width": 64,
              "x": 0,
              "y": 80,
            },
            "cells": [
              [
                17,
                113,
              ],
            ],
            "id": "b",
            "side": "bottom",
          },
        ]
      `);
  });
});
