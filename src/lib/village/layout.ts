/**
 * Neighbourhood placement for the mökkikylä: the village square in the middle of a 3 × 3 grid,
 * neighbourhoods in the eight cells around it (clockwise from the top left), and inside each
 * neighbourhood its cottages in a near-square grid in the order given. The grid is symmetric, so
 * the square is at the centre of the picture.
 *
 * Pure and deterministic: positions depend only on the input order and sizes (no randomness, no
 * force simulation), so the same content always gives the same picture. Positions are top-left
 * corners in integer pixels, as React Flow expects.
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

export interface LayoutItem<G extends string> {
  id: string;
  group: G;
  size: Size;
}

export interface VillageLayoutOptions {
  /** Space between the grid's cells. */
  gap: number;
  /** Space between cottages inside a neighbourhood. */
  itemGap: number;
  /** Inner margin of a neighbourhood frame. */
  padding: number;
  /** Room for the neighbourhood's name above its cottages. */
  header: number;
}

export const defaultLayoutOptions: VillageLayoutOptions = { gap: 80, itemGap: 24, padding: 20, header: 48 };

export interface VillageLayout<G extends string> {
  /** Top-left corner of each item, by id. */
  items: Record<string, Point>;
  /** Frames of the neighbourhoods that hold at least one item, in ring order. */
  groups: ({ id: G } & Box)[];
  centre: Box;
  /** The whole picture. */
  bounds: Box;
}

/** Ring cells (column, row) around the centre cell (1, 1), clockwise from the top left. */
export const RING: readonly (readonly [number, number])[] = [
  [0, 0],
  [1, 0],
  [2, 0],
  [2, 1],
  [2, 2],
  [1, 2],
  [0, 2],
  [0, 1],
];

/** Lays items out in a near-square grid: the columns' widths and rows' heights fit the largest item. */
export function gridBlock(sizes: readonly Size[], gap: number): { size: Size; offsets: Point[] } {
  if (sizes.length === 0) return { size: { width: 0, height: 0 }, offsets: [] };
  const columns = Math.ceil(Math.sqrt(sizes.length));
  const rows = Math.ceil(sizes.length / columns);
  const widths = Array.from({ length: columns }, () => 0);
  const heights = Array.from({ length: rows }, () => 0);
  sizes.forEach((size, index) => {
    const column = index % columns;
    const row = Math.floor(index / columns);
    widths[column] = Math.max(widths[column]!, size.width);
    heights[row] = Math.max(heights[row]!, size.height);
  });
  const starts = (lengths: number[]): number[] => lengths.map((_, i) => lengths.slice(0, i).reduce((sum, l) => sum + l + gap, 0));
  const xs = starts(widths);
  const ys = starts(heights);
  const total = (lengths: number[]): number => lengths.reduce((sum, l) => sum + l, 0) + gap * (lengths.length - 1);
  return {
    size: { width: total(widths), height: total(heights) },
    offsets: sizes.map((_, index) => ({ x: xs[index % columns]!, y: ys[Math.floor(index / columns)]! })),
  };
}

/**
 * Places the centre and the neighbourhoods. `groups` gives the ring order (at most eight); items of
 * a group not listed are an error, since they would have nowhere to go.
 */
export function layoutVillage<G extends string>(
  groups: readonly G[],
  items: readonly LayoutItem<G>[],
  centre: Size,
  options: VillageLayoutOptions = defaultLayoutOptions,
): VillageLayout<G> {
  if (groups.length > RING.length) throw new Error(`at most ${RING.length} neighbourhoods fit around the square`);
  for (const item of items) {
    if (!groups.includes(item.group)) throw new Error(`item ${item.id} is in an unknown neighbourhood "${item.group}"`);
  }
  const { gap, itemGap, padding, header } = options;
  const blocks = groups.map((group) => {
    const members = items.filter((item) => item.group === group);
    const grid = gridBlock(
      members.map((item) => item.size),
      itemGap,
    );
    const size =
      members.length === 0
        ? { width: 0, height: 0 }
        : { width: grid.size.width + 2 * padding, height: grid.size.height + 2 * padding + header };
    return { group, members, grid, size };
  });

  // Column widths and row heights of the 3 × 3 grid.
  const columnWidths = [0, centre.width, 0];
  const rowHeights = [0, centre.height, 0];
  blocks.forEach((block, index) => {
    const [column, row] = RING[index]!;
    columnWidths[column] = Math.max(columnWidths[column]!, block.size.width);
    rowHeights[row] = Math.max(rowHeights[row]!, block.size.height);
  });
  // Symmetric around the square, so the picture's centre is the village square (where the first view opens).
  columnWidths[0] = columnWidths[2] = Math.max(columnWidths[0]!, columnWidths[2]!);
  rowHeights[0] = rowHeights[2] = Math.max(rowHeights[0]!, rowHeights[2]!);
  const columnX = [0, columnWidths[0]! + gap, columnWidths[0]! + columnWidths[1]! + 2 * gap];
  const rowY = [0, rowHeights[0]! + gap, rowHeights[0]! + rowHeights[1]! + 2 * gap];
  const centred = (start: number, room: number, length: number): number => Math.round(start + (room - length) / 2);

  const placed: Record<string, Point> = {};
  const frames: ({ id: G } & Box)[] = [];
  blocks.forEach((block, index) => {
    if (block.members.length === 0) return;
    const [column, row] = RING[index]!;
    const x = centred(columnX[column]!, columnWidths[column]!, block.size.width);
    const y = centred(rowY[row]!, rowHeights[row]!, block.size.height);
    frames.push({ id: block.group, x, y, ...block.size });
    block.members.forEach((item, i) => {
      const offset = block.grid.offsets[i]!;
      placed[item.id] = { x: x + padding + offset.x, y: y + padding + header + offset.y };
    });
  });

  return {
    items: placed,
    groups: frames,
    centre: {
      x: centred(columnX[1]!, columnWidths[1]!, centre.width),
      y: centred(rowY[1]!, rowHeights[1]!, centre.height),
      ...centre,
    },
    bounds: {
      x: 0,
      y: 0,
      width: columnX[2]! + columnWidths[2]!,
      height: rowY[2]! + rowHeights[2]!,
    },
  };
}

/** True when two boxes overlap (touching edges do not count); for tests and sanity checks. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
