/**
 * The mökkikylä's ring layout: the village square in the middle and the neighbourhoods around it
 * in a ring, clockwise in the given order (top band left to right, right band top to bottom,
 * bottom band right to left, left band bottom to top). Every neighbourhood is a block: its name on
 * the side away from the square, its cottages in equal cells, the first cottages (the busiest)
 * in the row or column nearest the square.
 *
 * Which neighbourhoods go to which side, and how many rows or columns the bands have, is chosen so
 * that the whole village fits a frame of the given aspect ratio at the largest zoom: a phone gets a
 * tall village, a laptop a wide one. Equal cells in blocks with gaps between them leave streets
 * for the roads (roads.ts).
 *
 * Pure and deterministic: the result depends only on the counts, sizes and aspect ratio (no
 * randomness, no simulation), so the same content always gives the same picture. Boxes are
 * top-left corners in flow units, as React Flow expects.
 */

export interface Size {
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}
export type Box = Point & Size;

export type Side = 'top' | 'right' | 'bottom' | 'left';

export interface RingGroup<G extends string> {
  id: G;
  /** Number of cottages. */
  count: number;
  /** The block's least width (its name must fit). */
  minWidth: number;
  /** Height of the block's name strip. */
  header: number;
}

export interface RingOptions {
  /** The cottage cell. */
  cell: Size;
  /** Street between two cells of a block. */
  gap: number;
  /** Space between two blocks, and between the blocks and the square (a wider road). */
  blockGap: number;
  /** Inner margin of a block. */
  padding: number;
  /** Width ÷ height of the frame the village is drawn in. */
  aspect: number;
}

export interface RingBlock<G extends string> {
  id: G;
  side: Side;
  /** The block's frame (name strip, cells and padding). */
  box: Box;
  /** The name strip inside the frame. */
  label: Box;
  /** The cottage cells in order: the first is nearest the square. */
  cells: Box[];
  columns: number;
  rows: number;
}

export interface RingLayout<G extends string> {
  blocks: RingBlock<G>[];
  centre: Box;
  /** The whole picture, from (0, 0). */
  bounds: Box;
  /** The zoom at which the bounds fill a frame of the aspect ratio with height 1 (for comparing choices). */
  score: number;
}

interface Shape {
  columns: number;
  rows: number;
  width: number;
  height: number;
}

const SIDES: readonly Side[] = ['top', 'right', 'bottom', 'left'];

/** Block size for `count` cells in `columns` columns. */
function shapeOf(group: RingGroup<string>, columns: number, options: RingOptions): Shape {
  const { cell, gap, padding } = options;
  const cols = Math.max(1, Math.min(columns, group.count));
  const rows = Math.max(1, Math.ceil(group.count / cols));
  const cellsWidth = cols * cell.width + (cols - 1) * gap;
  const cellsHeight = rows * cell.height + (rows - 1) * gap;
  return {
    columns: cols,
    rows,
    width: Math.max(group.minWidth, cellsWidth) + 2 * padding,
    // A street between the name and the cells, so roads can reach the cells' doors.
    height: group.header + gap + cellsHeight + 2 * padding,
  };
}

/** Top and bottom blocks: at most `rows` rows, as few columns as that allows. */
const bandShape = (group: RingGroup<string>, rows: number, options: RingOptions): Shape =>
  shapeOf(group, Math.ceil(group.count / rows), options);
/** Left and right blocks: at most `columns` columns. */
const sideShape = (group: RingGroup<string>, columns: number, options: RingOptions): Shape => shapeOf(group, columns, options);

/** The values of ceil(count / k) for k = 1…count: every row (or column) count that changes a block's shape. */
function breakpoints(counts: readonly number[], cap: number): number[] {
  const values = new Set<number>([1]);
  for (const count of counts) {
    for (let k = 1; k <= count; k++) {
      const value = Math.ceil(count / k);
      if (value <= cap) values.add(value);
    }
  }
  return [...values].sort((a, b) => a - b);
}

interface Plan {
  /** ring: bands on four sides; stack: blocks one above the other above and below the square (narrow frames). */
  mode: 'ring' | 'stack';
  cuts: [number, number, number];
  rows: number;
  columns: number;
  width: number;
  height: number;
  score: number;
}

/** A run of consecutive blocks laid side by side (a band) or one above the other (a side). */
interface Run {
  width: number;
  height: number;
}

/**
 * For every run of consecutive groups [from, to) and every choice of rows (bands) or columns
 * (sides), the run's size: `bands[from][to][r]` side by side with `choices[r]` rows,
 * `sides[from][to][k]` one above the other with `choices[k]` columns. An empty run is 0 × 0.
 * Built once per layout, so that trying a plan only adds and compares these.
 */
function runTables(groups: readonly RingGroup<string>[], choices: readonly number[], options: RingOptions): { bands: Run[][][]; sides: Run[][][] } {
  const n = groups.length;
  const { blockGap } = options;
  const bandShapes = groups.map((group) => choices.map((rows) => bandShape(group, rows, options)));
  const sideShapes = groups.map((group) => choices.map((columns) => sideShape(group, columns, options)));
  const empty = (): Run[] => choices.map(() => ({ width: 0, height: 0 }));
  const bands: Run[][][] = [];
  const sides: Run[][][] = [];
  for (let from = 0; from <= n; from++) {
    const bandRow: Run[][] = [];
    const sideRow: Run[][] = [];
    for (let to = 0; to <= n; to++) {
      if (to <= from) {
        bandRow.push(empty());
        sideRow.push(empty());
        continue;
      }
      const i = to - 1;
      const gap = to - 1 > from ? blockGap : 0;
      bandRow.push(
        choices.map((_, r) => {
          const before = bandRow[to - 1]![r]!;
          const shape = bandShapes[i]![r]!;
          return { width: before.width + shape.width + gap, height: Math.max(before.height, shape.height) };
        }),
      );
      sideRow.push(
        choices.map((_, k) => {
          const before = sideRow[to - 1]![k]!;
          const shape = sideShapes[i]![k]!;
          return { width: Math.max(before.width, shape.width), height: before.height + shape.height + gap };
        }),
      );
    }
    bands.push(bandRow);
    sides.push(sideRow);
  }
  return { bands, sides };
}

/**
 * Chooses the plan with the largest zoom; ties go to the smaller picture, then to the first found.
 * Tries every stacked plan (blocks above and below the square, any number of columns) and every
 * ring plan (the cut points between the four sides, the bands' rows, the sides' columns).
 */
function choosePlan(groups: readonly RingGroup<string>[], centre: Size, options: RingOptions): Plan {
  const n = groups.length;
  const { blockGap, aspect } = options;
  const counts = groups.map((group) => group.count);
  const total = counts.reduce((sum, count) => sum + count, 0);
  // More rows than this never helps: a band that deep is taller than the whole village in one column.
  const cap = Math.max(2, 2 * Math.ceil(Math.sqrt(total)) + 2);
  const choices = breakpoints(counts, cap);
  const { bands, sides } = runTables(groups, choices, options);
  let best: Plan | undefined;
  let bestScore = -Infinity;
  let bestArea = Infinity;
  /** Whether a plan of this size beats the best so far. */
  const better = (width: number, height: number): boolean => {
    const score = Math.min(aspect / width, 1 / height);
    return score > bestScore + 1e-12 || (Math.abs(score - bestScore) <= 1e-12 && width * height < bestArea - 1e-6);
  };
  const keep = (mode: Plan['mode'], cuts: [number, number, number], rows: number, columns: number, width: number, height: number): void => {
    const score = Math.min(aspect / width, 1 / height);
    best = { mode, cuts, rows, columns, width, height, score };
    bestScore = score;
    bestArea = width * height;
  };

  // Stacked: the first `a` blocks above the square, the rest below, every block as wide as the widest.
  for (let a = 0; a <= n; a++) {
    for (let k = 0; k < choices.length; k++) {
      const above = sides[0]![a]![k]!;
      const below = sides[a]![n]![k]!;
      const width = Math.max(centre.width + 2 * blockGap, above.width, below.width);
      const height = centre.height + 2 * blockGap + 2 * (Math.max(above.height, below.height) + blockGap);
      if (better(width, height)) keep('stack', [a, a, n], 0, choices[k]!, width, height);
    }
  }

  // Ring: top [0, a), right [a, b), bottom [b, c), left [c, n). Choices are in increasing order, and
  // a run's size is monotone in them: more rows make a band narrower and taller, more columns make
  // a side wider and shorter. So once a plan's least height (or its width) alone scores below the
  // best, every later choice does too, and the loop stops (the same plan wins, with fewer tries).
  const middleLeast = centre.height + 2 * blockGap;
  const square = centre.width + 2 * blockGap;
  for (let a = 0; a <= n; a++) {
    for (let b = a; b <= n; b++) {
      for (let c = b; c <= n; c++) {
        // Without side blocks the sides' columns change nothing: one try (with 1 column) is enough.
        const sideUsed = b > a || n > c;
        for (let r = 0; r < choices.length; r++) {
          const top = bands[0]![a]![r]!;
          const bottom = bands[b]![c]![r]!;
          const band = Math.max(top.height, bottom.height);
          const bandWidth = Math.max(top.width, bottom.width);
          const bandRoom = band > 0 ? 2 * (band + blockGap) : 0;
          if (1 / (middleLeast + bandRoom) < bestScore - 1e-12) break;
          if (!sideUsed) {
            const width = Math.max(bandWidth, square);
            const height = middleLeast + bandRoom;
            if (better(width, height)) keep('ring', [a, b, c], choices[r]!, 1, width, height);
            continue;
          }
          for (let k = 0; k < choices.length; k++) {
            const right = sides[a]![b]![k]!;
            const left = sides[c]![n]![k]!;
            const side = Math.max(left.width, right.width);
            const sideRoom = side > 0 ? 2 * (side + blockGap) : 0;
            const width = Math.max(bandWidth, sideRoom + square);
            if (aspect / width < bestScore - 1e-12) break;
            const height = Math.max(left.height, right.height, middleLeast) + bandRoom;
            if (better(width, height)) keep('ring', [a, b, c], choices[r]!, choices[k]!, width, height);
          }
        }
      }
    }
  }
  return best as unknown as Plan;
}


/**
 * Cells of a block in order, nearest the square first: rows from the square outwards for top and
 * bottom blocks, columns from the square outwards for side blocks.
 */
function cellsOf(side: Side, shape: Shape, count: number, origin: Point, options: RingOptions): Box[] {
  const { cell, gap } = options;
  const cells: Box[] = [];
  const at = (column: number, row: number): Box => ({
    x: origin.x + column * (cell.width + gap),
    y: origin.y + row * (cell.height + gap),
    ...cell,
  });
  for (let i = 0; i < count; i++) {
    if (side === 'top' || side === 'bottom') {
      const ring = Math.floor(i / shape.columns);
      const column = i % shape.columns;
      cells.push(at(column, side === 'top' ? shape.rows - 1 - ring : ring));
    } else {
      const ring = Math.floor(i / shape.rows);
      const row = i % shape.rows;
      cells.push(at(side === 'left' ? shape.columns - 1 - ring : ring, row));
    }
  }
  return cells;
}

/** Spreads lengths along `room`: equal space before, between and after. */
function spread(lengths: readonly number[], start: number, room: number, minGap: number): number[] {
  const used = lengths.reduce((sum, length) => sum + length, 0);
  const space = Math.max(minGap, (room - used) / (lengths.length + 1));
  const first = lengths.length === 1 ? start + (room - used) / 2 : start + Math.max(0, (room - used - space * (lengths.length - 1)) / 2);
  const starts: number[] = [];
  let at = first;
  for (const length of lengths) {
    starts.push(at);
    at += length + space;
  }
  return starts;
}

/**
 * Lays out the village: `groups` in ring order (empty ones are left out), the square of size
 * `centre` in the middle.
 */
export function ringLayout<G extends string>(groups: readonly RingGroup<G>[], centre: Size, options: RingOptions): RingLayout<G> {
  const present = groups.filter((group) => group.count > 0);
  const { blockGap, padding, cell } = options;
  if (present.length === 0) {
    const width = centre.width + 2 * blockGap;
    const height = centre.height + 2 * blockGap;
    return {
      blocks: [],
      centre: { x: blockGap, y: blockGap, ...centre },
      bounds: { x: 0, y: 0, width, height },
      score: Math.min(options.aspect / width, 1 / height),
    };
  }
  const plan = choosePlan(present, centre, options);
  const [a, b, c] = plan.cuts;
  const stacked = plan.mode === 'stack';
  const sideOf = (index: number): Side => (index < a ? 'top' : index < b ? 'right' : index < c ? 'bottom' : 'left');
  const shapes = present.map((group, index) => {
    const side = sideOf(index);
    return stacked || side === 'left' || side === 'right' ? sideShape(group, plan.columns, options) : bandShape(group, plan.rows, options);
  });
  const { width, height } = plan;
  const origin: Point[] = present.map(() => ({ x: 0, y: 0 }));
  const widths = shapes.map((shape) => shape.width);

  if (stacked) {
    // Every block as wide as the widest; the upper stack ends above the square, the lower starts below it.
    const band = (height - centre.height - 2 * blockGap) / 2 - blockGap;
    let above = 0;
    for (let i = 0; i < a; i++) above += shapes[i]!.height + (i > 0 ? blockGap : 0);
    let y = band - above;
    for (let i = 0; i < a; i++) {
      origin[i] = { x: 0, y };
      y += shapes[i]!.height + blockGap;
    }
    y = height - band;
    for (let i = a; i < present.length; i++) {
      origin[i] = { x: 0, y };
      y += shapes[i]!.height + blockGap;
    }
    widths.fill(width);
  } else {
    const bandHeight = Math.max(0, ...shapes.filter((_, i) => sideOf(i) === 'top' || sideOf(i) === 'bottom').map((s) => s.height));
    const sideWidth = Math.max(0, ...shapes.filter((_, i) => sideOf(i) === 'left' || sideOf(i) === 'right').map((s) => s.width));
    const middleTop = bandHeight > 0 ? bandHeight + blockGap : 0;
    const middleHeight = height - 2 * middleTop;
    const indices = (side: Side) => present.map((_, i) => i).filter((i) => sideOf(i) === side);
    // Clockwise: the bottom band runs right to left and the left band bottom to top.
    const ordered: Record<Side, number[]> = {
      top: indices('top'),
      right: indices('right'),
      bottom: indices('bottom').reverse(),
      left: indices('left').reverse(),
    };
    for (const side of SIDES) {
      const list = ordered[side];
      if (list.length === 0) continue;
      if (side === 'top' || side === 'bottom') {
        const xs = spread(list.map((i) => shapes[i]!.width), 0, width, blockGap);
        list.forEach((i, k) => {
          // Top blocks sit on the square's side of their band, bottom blocks hang from it.
          const y = side === 'top' ? bandHeight - shapes[i]!.height : height - bandHeight;
          origin[i] = { x: xs[k]!, y };
        });
      } else {
        const ys = spread(list.map((i) => shapes[i]!.height), middleTop, middleHeight, blockGap);
        list.forEach((i, k) => {
          const x = side === 'left' ? sideWidth - shapes[i]!.width : width - sideWidth;
          origin[i] = { x, y: ys[k]! };
        });
      }
    }
  }

  const round = (box: Box): Box => ({ x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) });
  const blocks = present.map((group, index): RingBlock<G> => {
    const side = sideOf(index);
    const shape = shapes[index]!;
    const box = round({ ...origin[index]!, width: widths[index]!, height: shape.height });
    const labelAtBottom = side === 'bottom' && !stacked;
    const label: Box = {
      x: box.x + padding,
      y: labelAtBottom ? box.y + box.height - padding - group.header : box.y + padding,
      width: box.width - 2 * padding,
      height: group.header,
    };
    const cellsWidth = shape.columns * cell.width + (shape.columns - 1) * options.gap;
    const cellOrigin = {
      // Cells are centred in a block made wider by its name.
      x: box.x + padding + Math.round((box.width - 2 * padding - cellsWidth) / 2),
      y: labelAtBottom ? box.y + padding : box.y + padding + group.header + options.gap,
    };
    return {
      id: group.id,
      side,
      box,
      label,
      cells: cellsOf(side, shape, group.count, cellOrigin, options),
      columns: shape.columns,
      rows: shape.rows,
    };
  });
  const square = round({ x: (width - centre.width) / 2, y: (height - centre.height) / 2, ...centre });
  return { blocks, centre: square, bounds: stacked ? stackBounds(blocks, square, width) : { x: 0, y: 0, width: Math.round(width), height: Math.round(height) }, score: plan.score };
}

/**
 * A stacked village's bounds hug its blocks: the two stacks are seldom the same height, and the
 * space the shorter one leaves would show as an empty band above or below the picture (a phone's
 * tall village). The square stays between the stacks.
 */
function stackBounds(blocks: readonly { box: Box }[], square: Box, width: number): Box {
  const top = Math.min(square.y, ...blocks.map((block) => block.box.y));
  const bottom = Math.max(square.y + square.height, ...blocks.map((block) => block.box.y + block.box.height));
  return { x: 0, y: top, width: Math.round(width), height: bottom - top };
}

/** True when two boxes overlap (touching edges do not count); for tests and sanity checks. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** True when `inner` lies inside `outer` (edges may touch). */
export function contains(outer: Box, inner: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}
