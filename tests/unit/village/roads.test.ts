/** Roads along the streets: orthogonal, around cottages, from door to door. */
import { describe, expect, test } from 'vitest';
import { ringLayout, type Box, type Point } from '@/lib/village/layout';
import { roundedPath, routeRoad, routeRoads, simplify, streetGrid } from '@/lib/village/roads';

/** Whether the segment a→b passes through the inside of the box. */
function crosses(a: Point, b: Point, box: Box): boolean {
  const [x1, x2] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [y1, y2] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return x1 < box.x + box.width && x2 > box.x && y1 < box.y + box.height && y2 > box.y;
}

const box = (x: number, y: number, width = 100, height = 40): Box => ({ x, y, width, height });

describe('routeRoad', () => {
  test('goes around a cottage in the way, at right angles, from door to door', () => {
    const a = box(0, 0);
    const wall = box(110, 0);
    const b = box(220, 0);
    const grid = streetGrid([a, wall, b], 4);
    const path = routeRoad(grid, a, b);
    expect(path).toMatchInlineSnapshot(`
      [
        {
          "x": 50,
          "y": 0,
        },
        {
          "x": 50,
          "y": -4,
        },
        {
          "x": 270,
          "y": -4,
        },
        {
          "x": 270,
          "y": 0,
        },
      ]
    `);
    for (let k = 1; k < path.length; k++) {
      const [p, q] = [path[k - 1]!, path[k]!];
      expect(p.x === q.x || p.y === q.y).toBe(true);
      expect(crosses(p, q, wall)).toBe(false);
    }
  });

  test('in a real ring layout no road crosses a cottage other than its own ends', () => {
    const layout = ringLayout(
      [5, 8, 3, 6].map((count, i) => ({ id: `g${i}`, count, minWidth: 100, header: 30 })),
      { width: 140, height: 90 },
      { cell: { width: 120, height: 50 }, gap: 8, blockGap: 24, padding: 8, aspect: 1.6 },
    );
    const cells = layout.blocks.flatMap((block) => block.cells);
    const obstacles = [...cells, layout.centre, ...layout.blocks.map((block) => block.label)];
    const requests = cells.flatMap((from, i) => cells.flatMap((to, j) => ((i * 7 + j) % 5 === 0 && j !== i ? [{ id: `${i}-${j}`, from, to }] : [])));
    requests.push(...cells.slice(0, 4).map((to, i) => ({ id: `square-${i}`, from: layout.centre, to })));
    const roads = routeRoads(obstacles, requests);
    expect(roads.size).toBe(requests.length);
    for (const request of requests) {
      const path = roads.get(request.id)!;
      for (let k = 1; k < path.length; k++) {
        const [p, q] = [path[k - 1]!, path[k]!];
        expect(p.x === q.x || p.y === q.y, `${request.id} is orthogonal`).toBe(true);
        for (const obstacle of obstacles) {
          if (obstacle === request.from || obstacle === request.to) continue;
          expect(crosses(p, q, obstacle), `${request.id} crosses a cottage`).toBe(false);
        }
      }
    }
  });
});

test.each([
  ['collinear points', [{ x: 0, y: 0 }, { x: 5, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 5 }], [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 5 }]],
  ['doubling back', [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 4, y: 0 }, { x: 4, y: 5 }], [{ x: 0, y: 0 }, { x: 4, y: 0 }, { x: 4, y: 5 }]],
  ['repeats', [{ x: 0, y: 0 }, { x: 0, y: 0 }, { x: 0, y: 3 }], [{ x: 0, y: 0 }, { x: 0, y: 3 }]],
])('simplify: %s', (_name, points, expected) => {
  expect(simplify(points)).toEqual(expected);
});

test('roundedPath rounds the corners', () => {
  expect(roundedPath([{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 50 }], 10)).toBe('M0,0 L90,0 Q100,0 100,10 L100,50');
});
