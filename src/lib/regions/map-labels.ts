/**
 * Names on the map of /alueet/: where an area's name fits inside the area, and on how many lines.
 * Pure geometry on projected coordinates (SVG units): the pole of inaccessibility of each polygon
 * (the inside point farthest from its border) as the first place to try, then other points deep
 * inside; a name fits when its box lies wholly inside the area and no border crosses it. Areas whose
 * name fits nowhere are listed beside the map instead.
 */

export type Point = readonly [number, number];
/** A polygon: the outer ring first, then holes; rings are closed or open, either works. */
export type Polygon = readonly (readonly Point[])[];

/** Text metrics in SVG units. */
export interface LabelStyle {
  fontSize: number;
  /** Average advance of one character as a share of the font size (system sans, semibold). */
  charWidth?: number;
  /** Line height as a share of the font size. */
  lineHeight?: number;
  /** Room kept free between the text box and the border. */
  padding?: number;
}

/** A name placed on the map: the centre of its box and its lines. */
export interface LabelPlacement {
  x: number;
  y: number;
  lines: string[];
  /** Size of the text box (without padding). */
  width: number;
  height: number;
  /** Font size, in map units. */
  fontSize: number;
  /** Baseline of each line, for `<tspan y>`. */
  lineYs: number[];
}

// ---------------------------------------------------------------------------------------------
// Geometry

/** Even-odd test over every ring of every polygon (holes and islands included). */
export function insideArea(polygons: readonly Polygon[], [x, y]: Point): boolean {
  let inside = false;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}

function segmentDistanceSquared([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  let dx = bx - ax;
  let dy = by - ay;
  let x = ax;
  let y = ay;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = bx;
      y = by;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

/** Distance from a point to the nearest border of the area: positive inside, negative outside. */
export function borderDistance(polygons: readonly Polygon[], point: Point): number {
  let min = Infinity;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) min = Math.min(min, segmentDistanceSquared(point, ring[i]!, ring[j]!));
    }
  }
  const distance = Math.sqrt(min);
  return insideArea(polygons, point) ? distance : -distance;
}

/** Signed area of a ring (shoelace); its absolute value is the ring's area. */
function ringArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return sum / 2;
}

function bounds(ring: readonly Point[]): { x0: number; y0: number; x1: number; y1: number } {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of ring) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return { x0, y0, x1, y1 };
}

/**
 * The pole of inaccessibility of one polygon: the inside point farthest from its border, and that
 * distance (the radius of the largest circle that fits). Quadtree search over square cells, each
 * bounded by its centre's distance plus its half-diagonal (Mapbox's polylabel algorithm), to `precision`.
 */
export function poleOfInaccessibility(polygon: Polygon, precision = 0.5): { point: Point; distance: number } {
  const outer = polygon[0] ?? [];
  const { x0, y0, x1, y1 } = bounds(outer);
  const width = x1 - x0;
  const height = y1 - y0;
  const size = Math.min(width, height);
  const area: readonly Polygon[] = [polygon];
  if (size === 0 || outer.length < 3) return { point: [x0, y0], distance: 0 };

  interface Cell {
    x: number;
    y: number;
    h: number;
    d: number;
    max: number;
  }
  const cell = (x: number, y: number, h: number): Cell => {
    const d = borderDistance(area, [x, y]);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  const queue: Cell[] = [];
  let h = size / 2;
  for (let x = x0; x < x1; x += size) for (let y = y0; y < y1; y += size) queue.push(cell(x + h, y + h, h));

  // First guesses: the centroid of the outer ring and the centre of the bounding box.
  const a = ringArea(outer);
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = outer.length - 1; i < outer.length; j = i++) {
    const f = outer[i]![0] * outer[j]![1] - outer[j]![0] * outer[i]![1];
    cx += (outer[i]![0] + outer[j]![0]) * f;
    cy += (outer[i]![1] + outer[j]![1]) * f;
  }
  let best = a === 0 ? cell(outer[0]![0], outer[0]![1], 0) : cell(cx / (6 * -a), cy / (6 * -a), 0);
  const boxCentre = cell(x0 + width / 2, y0 + height / 2, 0);
  if (boxCentre.d > best.d) best = boxCentre;

  while (queue.length > 0) {
    // The most promising cell next (a small queue: a linear scan keeps the code short).
    let index = 0;
    for (let i = 1; i < queue.length; i++) if (queue[i]!.max > queue[index]!.max) index = i;
    const next = queue.splice(index, 1)[0]!;
    if (next.d > best.d) best = next;
    if (next.max - best.d <= precision) continue;
    h = next.h / 2;
    queue.push(cell(next.x - h, next.y - h, h), cell(next.x + h, next.y - h, h), cell(next.x - h, next.y + h, h), cell(next.x + h, next.y + h, h));
  }
  return { point: [best.x, best.y], distance: best.d };
}

/** Whether the segment a–b touches the axis-aligned box (Liang–Barsky clipping). */
function segmentHitsBox([ax, ay]: Point, [bx, by]: Point, x0: number, y0: number, x1: number, y1: number): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  const edges: [number, number][] = [
    [-dx, ax - x0],
    [dx, x1 - ax],
    [-dy, ay - y0],
    [dy, y1 - ay],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) {
        if (r > t1) return false;
        if (r > t0) t0 = r;
      } else {
        if (r < t0) return false;
        if (r < t1) t1 = r;
      }
    }
  }
  return true;
}

/** True when a box of `width` × `height` centred on `centre` lies wholly inside the area. */
export function boxFits(polygons: readonly Polygon[], centre: Point, width: number, height: number): boolean {
  const [cx, cy] = centre;
  const x0 = cx - width / 2;
  const x1 = cx + width / 2;
  const y0 = cy - height / 2;
  const y1 = cy + height / 2;
  if (!insideArea(polygons, centre)) return false;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) if (segmentHitsBox(ring[j]!, ring[i]!, x0, y0, x1, y1)) return false;
    }
  }
  // No border crosses the box and its centre is inside: the whole box is inside.
  return true;
}

// ---------------------------------------------------------------------------------------------
// Text

/**
 * The ways to set a name on up to `maxLines` lines, fewest lines first: breaks after a hyphen
 * ("Kainuu-" / "Koillismaa") or at a space ("Tampereen" / "seutu"). A lone dash stays with the
 * word before it.
 */
export function lineOptions(name: string, maxLines = 3): string[][] {
  const pieces = name.match(/[^\s-]+(?:\s+-(?=\s))?-?\s*/g)?.map((piece) => piece) ?? [name];
  const results: string[][] = [];
  const split = (start: number, linesLeft: number): string[][] => {
    const rest = pieces.slice(start);
    if (linesLeft === 1) return [[rest.join('').trim()]];
    const out: string[][] = [[rest.join('').trim()]];
    for (let cut = start + 1; cut < pieces.length; cut++) {
      const head = pieces.slice(start, cut).join('').trim();
      for (const tail of split(cut, linesLeft - 1)) out.push([head, ...tail]);
    }
    return out;
  };
  for (const option of split(0, maxLines)) {
    if (option.some((line) => line === '')) continue;
    if (!results.some((known) => known.join('\n') === option.join('\n'))) results.push(option);
  }
  // Fewest lines first; among equals, the narrowest (the longest line shortest).
  return results.sort((a, b) => a.length - b.length || Math.max(...a.map((l) => l.length)) - Math.max(...b.map((l) => l.length)));
}

/** The text box of lines in the given style. */
export function textBox(lines: readonly string[], style: LabelStyle): { width: number; height: number } {
  const charWidth = style.charWidth ?? 0.6;
  const lineHeight = style.lineHeight ?? 1.15;
  return {
    width: Math.max(...lines.map((line) => line.length)) * style.fontSize * charWidth,
    height: lines.length * style.fontSize * lineHeight,
  };
}

/** Points deep inside the area to try after the poles: a grid, the farthest from the border first. */
function innerPoints(polygons: readonly Polygon[], step: number, minDistance: number, limit: number): Point[] {
  const outers = polygons.map((polygon) => polygon[0] ?? []).filter((ring) => ring.length >= 3);
  const points: { point: Point; distance: number }[] = [];
  for (const ring of outers) {
    const { x0, y0, x1, y1 } = bounds(ring);
    for (let x = x0 + step / 2; x < x1; x += step) {
      for (let y = y0 + step / 2; y < y1; y += step) {
        const distance = borderDistance(polygons, [x, y]);
        if (distance >= minDistance) points.push({ point: [x, y], distance });
      }
    }
  }
  return points
    .sort((a, b) => b.distance - a.distance)
    .slice(0, limit)
    .map((entry) => entry.point);
}

/**
 * Where `name` fits inside the area, or undefined when it fits nowhere (the page then lists the area
 * beside the map). Tries the lines options fewest first, each at the poles of the area's polygons
 * (largest first) and then at grid points deep inside.
 */
export function placeLabel(polygons: readonly Polygon[], name: string, style: LabelStyle): LabelPlacement | undefined {
  const padding = style.padding ?? 1;
  const poles = polygons
    .map((polygon) => ({ polygon, area: Math.abs(ringArea(polygon[0] ?? [])) }))
    .sort((a, b) => b.area - a.area)
    .map(({ polygon }) => poleOfInaccessibility(polygon));
  const deepest = Math.max(0, ...poles.map((pole) => pole.distance));
  const options = lineOptions(name).map((lines) => ({ lines, box: textBox(lines, style) }));
  // A box whose half height is more than the deepest point's distance cannot fit anywhere.
  const possible = options.filter(({ box }) => box.height / 2 + padding <= deepest);
  if (possible.length === 0) return undefined;
  const minHalf = Math.min(...possible.map(({ box }) => box.height / 2 + padding));
  const candidates: Point[] = [...poles.map((pole) => pole.point), ...innerPoints(polygons, Math.max(2, minHalf), minHalf, 400)];
  for (const { lines, box } of possible) {
    for (const point of candidates) {
      if (boxFits(polygons, point, box.width + 2 * padding, box.height + 2 * padding)) {
        const lineHeight = style.fontSize * (style.lineHeight ?? 1.15);
        // Baselines: lines centred on the point, each baseline about 0.35 em below its line's middle.
        const lineYs = lines.map((_, index) => round(point[1] - box.height / 2 + lineHeight * (index + 0.5) + style.fontSize * 0.35));
        return { x: round(point[0]), y: round(point[1]), lines, width: round(box.width), height: round(box.height), fontSize: style.fontSize, lineYs };
      }
    }
  }
  return undefined;
}

const round = (value: number): number => Math.round(value * 10) / 10;
