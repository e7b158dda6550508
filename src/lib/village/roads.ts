/**
 * Roads of the mökkikylä, routed along the streets between cottages instead of across them:
 * orthogonal paths on the grid of street lines half a street away from every cottage, found with
 * a shortest-path search that also counts turns. Roads that share a street run on top of each
 * other, so busy streets read as bundled main roads.
 *
 * Pure and deterministic; boxes and points in flow units.
 */
import type { Box, Point } from './layout.ts';

export interface RoadRequest {
  id: string;
  from: Box;
  to: Box;
}

export interface RoadOptions {
  /** Distance from a box to the centre of the street beside it (half the narrowest street). */
  clearance: number;
  /** Extra cost of a turn, in flow units of length. */
  turnCost: number;
}

export const defaultRoadOptions: RoadOptions = { clearance: 4, turnCost: 60 };

type Direction = 0 | 1 | 2 | 3; // right, down, left, up

/** Sorted unique values, rounded to tenths so that lines from neighbouring boxes meet. */
function lines(values: number[]): number[] {
  return [...new Set(values.map((value) => Math.round(value * 10) / 10))].sort((a, b) => a - b);
}

/** A binary min-heap of [cost, state] pairs. */
class Heap {
  private items: [number, number][] = [];
  get size(): number {
    return this.items.length;
  }
  push(cost: number, state: number): void {
    const items = this.items;
    items.push([cost, state]);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent]![0] < cost || (items[parent]![0] === cost && items[parent]![1] <= state)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }
  pop(): [number, number] {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        const less = (a: number, b: number) => items[a]![0] < items[b]![0] || (items[a]![0] === items[b]![0] && items[a]![1] < items[b]![1]);
        if (l < items.length && less(l, m)) m = l;
        if (r < items.length && less(r, m)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m]!, items[i]!];
        i = m;
      }
    }
    return top;
  }
}

/** The street grid of a picture: which steps between neighbouring grid points are free. */
export interface StreetGrid {
  xs: number[];
  ys: number[];
  /** open[(j * xs.length + i) * 4 + d]: the step from point (i, j) in direction d is free. */
  open: Uint8Array;
  clearance: number;
}

/** Intervals of `boxes` that a line at `at` crosses (strictly inside), along the other axis. */
function blockedAlong(boxes: readonly Box[], at: number, horizontal: boolean): [number, number][] {
  const spans: [number, number][] = [];
  for (const box of boxes) {
    const lo = horizontal ? box.y : box.x;
    const hi = horizontal ? box.y + box.height : box.x + box.width;
    if (at > lo && at < hi) spans.push(horizontal ? [box.x, box.x + box.width] : [box.y, box.y + box.height]);
  }
  return spans;
}

/** Builds the street grid around `obstacles` (cottages, the square, the neighbourhoods' names). */
export function streetGrid(obstacles: readonly Box[], clearance: number): StreetGrid {
  const xs = lines(obstacles.flatMap((box) => [box.x - clearance, box.x + box.width + clearance]));
  const ys = lines(obstacles.flatMap((box) => [box.y - clearance, box.y + box.height + clearance]));
  const open = new Uint8Array(xs.length * ys.length * 4);
  const segmentFree = (spans: [number, number][], a: number, b: number) => spans.every(([lo, hi]) => b <= lo || a >= hi);
  ys.forEach((y, j) => {
    const spans = blockedAlong(obstacles, y, true);
    for (let i = 0; i + 1 < xs.length; i++) {
      if (!segmentFree(spans, xs[i]!, xs[i + 1]!)) continue;
      open[(j * xs.length + i) * 4 + 0] = 1;
      open[(j * xs.length + i + 1) * 4 + 2] = 1;
    }
  });
  xs.forEach((x, i) => {
    const spans = blockedAlong(obstacles, x, false);
    for (let j = 0; j + 1 < ys.length; j++) {
      if (!segmentFree(spans, ys[j]!, ys[j + 1]!)) continue;
      open[(j * xs.length + i) * 4 + 1] = 1;
      open[((j + 1) * xs.length + i) * 4 + 3] = 1;
    }
  });
  return { xs, ys, open, clearance };
}

const DX = [1, 0, -1, 0] as const;
const DY = [0, 1, 0, -1] as const;

/** Grid indices of the four street corners around a box. */
function cornersOf(grid: StreetGrid, box: Box): number[] {
  const find = (values: number[], value: number) => values.indexOf(Math.round(value * 10) / 10);
  const c = grid.clearance;
  const left = find(grid.xs, box.x - c);
  const right = find(grid.xs, box.x + box.width + c);
  const top = find(grid.ys, box.y - c);
  const bottom = find(grid.ys, box.y + box.height + c);
  const corners: number[] = [];
  for (const j of [top, bottom]) for (const i of [left, right]) if (i >= 0 && j >= 0) corners.push(j * grid.xs.length + i);
  return corners;
}

/** Drops points that lie on the line between their neighbours (also when the path doubles back). */
export function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const point of points) {
    if (out.length > 0 && out.at(-1)!.x === point.x && out.at(-1)!.y === point.y) continue;
    while (out.length >= 2) {
      const a = out.at(-2)!;
      const b = out.at(-1)!;
      if ((a.x === b.x && b.x === point.x) || (a.y === b.y && b.y === point.y)) out.pop();
      else break;
    }
    out.push(point);
  }
  return out;
}

/** Where a road leaves `box` towards the street point `street` (the middle of the side facing it). */
function doorway(box: Box, street: Point, clearance: number): Point[] {
  const cx = Math.round(box.x + box.width / 2);
  const cy = Math.round(box.y + box.height / 2);
  const close = (a: number, b: number) => Math.abs(a - b) < 0.05;
  if (close(street.y, box.y - clearance)) return [{ x: cx, y: box.y }, { x: cx, y: street.y }];
  if (close(street.y, box.y + box.height + clearance)) return [{ x: cx, y: box.y + box.height }, { x: cx, y: street.y }];
  if (close(street.x, box.x - clearance)) return [{ x: box.x, y: cy }, { x: street.x, y: cy }];
  return [{ x: box.x + box.width, y: cy }, { x: street.x, y: cy }];
}

/** One road: the cheapest street path from a corner of `from` to a corner of `to`, with doorways at both ends. */
export function routeRoad(grid: StreetGrid, from: Box, to: Box, options: RoadOptions = defaultRoadOptions): Point[] {
  const width = grid.xs.length;
  const starts = cornersOf(grid, from);
  const goals = new Set(cornersOf(grid, to));
  const straight = (): Point[] => [
    { x: from.x + from.width / 2, y: from.y + from.height / 2 },
    { x: to.x + to.width / 2, y: to.y + to.height / 2 },
  ];
  if (starts.length === 0 || goals.size === 0) return straight();
  const states = grid.xs.length * grid.ys.length * 4;
  const cost = new Float64Array(states).fill(Infinity);
  const previous = new Int32Array(states).fill(-1);
  const heap = new Heap();
  for (const start of starts) {
    for (let d = 0; d < 4; d++) {
      cost[start * 4 + d] = 0;
      heap.push(0, start * 4 + d);
    }
  }
  let reached = -1;
  while (heap.size > 0) {
    const [c, state] = heap.pop();
    if (c > cost[state]!) continue;
    const node = state >> 2;
    if (goals.has(node)) {
      reached = state;
      break;
    }
    const d = (state & 3) as Direction;
    const i = node % width;
    const j = (node - i) / width;
    for (let nd = 0; nd < 4; nd++) {
      if (grid.open[node * 4 + nd] === 0) continue;
      if ((nd + 2) % 4 === d) continue; // no U-turns
      const ni = i + DX[nd]!;
      const nj = j + DY[nd]!;
      const next = nj * width + ni;
      const step = Math.abs(grid.xs[ni]! - grid.xs[i]!) + Math.abs(grid.ys[nj]! - grid.ys[j]!);
      const nextCost = c + step + (nd === d ? 0 : options.turnCost);
      const nextState = next * 4 + nd;
      if (nextCost < cost[nextState]!) {
        cost[nextState] = nextCost;
        previous[nextState] = state;
        heap.push(nextCost, nextState);
      }
    }
  }
  if (reached < 0) return straight();
  const path: Point[] = [];
  for (let state = reached; state >= 0; state = previous[state]!) {
    const node = state >> 2;
    path.push({ x: grid.xs[node % width]!, y: grid.ys[Math.floor(node / width)]! });
  }
  path.reverse();
  const out = doorway(from, path[0]!, grid.clearance);
  const back = doorway(to, path.at(-1)!, grid.clearance).reverse();
  return simplify([...out, ...path, ...back]);
}

/** Routes every request on one street grid. */
export function routeRoads(
  obstacles: readonly Box[],
  requests: readonly RoadRequest[],
  options: RoadOptions = defaultRoadOptions,
): Map<string, Point[]> {
  if (requests.length === 0) return new Map();
  const grid = streetGrid(obstacles, options.clearance);
  return new Map(requests.map((request) => [request.id, routeRoad(grid, request.from, request.to, options)]));
}

/** An SVG path through the points with rounded corners of radius up to `radius`. */
export function roundedPath(points: readonly Point[], radius = 10): string {
  if (points.length === 0) return '';
  const r = (value: number) => Math.round(value * 10) / 10;
  let d = `M${r(points[0]!.x)},${r(points[0]!.y)}`;
  for (let k = 1; k < points.length - 1; k++) {
    const a = points[k - 1]!;
    const b = points[k]!;
    const c = points[k + 1]!;
    const inLength = Math.hypot(b.x - a.x, b.y - a.y);
    const outLength = Math.hypot(c.x - b.x, c.y - b.y);
    const q = Math.min(radius, inLength / 2, outLength / 2);
    const p1 = { x: b.x - ((b.x - a.x) / (inLength || 1)) * q, y: b.y - ((b.y - a.y) / (inLength || 1)) * q };
    const p2 = { x: b.x + ((c.x - b.x) / (outLength || 1)) * q, y: b.y + ((c.y - b.y) / (outLength || 1)) * q };
    d += ` L${r(p1.x)},${r(p1.y)} Q${r(b.x)},${r(b.y)} ${r(p2.x)},${r(p2.y)}`;
  }
  const last = points.at(-1)!;
  return `${d} L${r(last.x)},${r(last.y)}`;
}
