/**
 * From the village graph to the picture: sizes chosen for the frame the village is drawn in, the
 * ring layout (layout.ts), the first view's zoom, the fold rule of the semantic zoom, roads along
 * the streets (roads.ts), and React Flow's nodes and edges with their sizes and handles declared
 * up front (so they render before JavaScript runs).
 * Pure: types only from @xyflow/react, constants from @xyflow/system.
 */
import type { Edge, Node, Viewport } from '@xyflow/react';
import { MarkerType, Position } from '@xyflow/system';
import { CLIENT_ID, compareDefault, compareFinnish, type CottageNode, type EdgeKind, type Neighbourhood, type VillageEdge, type VillageGraph } from './graph.ts';
import { ringLayout, type Box, type Point, type RingLayout, type Side, type Size } from './layout.ts';
import { defaultRoadOptions, routeRoads } from './roads.ts';

/** A cottage's name, in flow units (CSS px at zoom 1). */
export const NAME_FONT = 16;
/** Names are readable from this many CSS px on screen (font size × zoom). */
export const READABLE_PX = 11;
/** The zoom from which cottages' names are readable. */
export const READABLE_ZOOM = READABLE_PX / NAME_FONT;
/** Neighbourhood names are drawn at least this large on screen in the first view. */
export const LABEL_PX = 15;
/** Space kept free around the village in the first view, in screen px. */
export const FIT_PADDING = 8;
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 2.5;


export interface Frame {
  width: number;
  height: number;
}

/** The server's (and first render's) idea of the frame: a laptop's. The island measures the real one. */
export const DEFAULT_FRAME: Frame = { width: 1300, height: 640 };


export interface Geometry {
  cell: Size;
  square: Size;
  gap: number;
  blockGap: number;
  padding: number;
  /** Lines of name a cottage holds. */
  lines: number;
  /** Whether a line under the name gives the cottage's number of services ("3 palvelua"). */
  counts: boolean;
}

/** Name lines a cottage of this geometry holds. */
export const nameLines = (geometry: Geometry): number => geometry.lines;

/** The line under a cottage's name with its number of services: font size and height, in flow units. */
export const COUNT_FONT = 13;
export const COUNT_LINE = 14;

/**
 * Cottage sizes to try, widest first: a cottage is its name (two or three lines) under a roof,
 * with or without a line for its number of services under the name (COUNT_LINE taller). A narrow
 * frame (a phone) or a big village takes narrower cottages, so that the whole village fits with
 * names still readable; the count line is left out only where it would make the names too small
 * (villagePicture).
 */
export const GEOMETRIES: readonly Geometry[] = [
  // With the count line. The widest keeps narrower streets than its plain twin, so that a small
  // region still fits a laptop with comfortable names.
  { cell: { width: 176, height: 54 + COUNT_LINE }, square: { width: 168, height: 96 }, gap: 6, blockGap: 24, padding: 6, lines: 2, counts: true },
  { cell: { width: 136, height: 54 + COUNT_LINE }, square: { width: 136, height: 90 }, gap: 8, blockGap: 24, padding: 6, lines: 2, counts: true },
  { cell: { width: 112, height: 72 + COUNT_LINE }, square: { width: 120, height: 80 }, gap: 6, blockGap: 20, padding: 6, lines: 3, counts: true },
  { cell: { width: 96, height: 72 + COUNT_LINE }, square: { width: 104, height: 80 }, gap: 6, blockGap: 16, padding: 4, lines: 3, counts: true },
  // Names only.
  { cell: { width: 176, height: 54 }, square: { width: 168, height: 96 }, gap: 8, blockGap: 28, padding: 8, lines: 2, counts: false },
  { cell: { width: 136, height: 54 }, square: { width: 136, height: 90 }, gap: 8, blockGap: 24, padding: 6, lines: 2, counts: false },
  { cell: { width: 112, height: 72 }, square: { width: 120, height: 80 }, gap: 6, blockGap: 20, padding: 6, lines: 3, counts: false },
  { cell: { width: 96, height: 72 }, square: { width: 104, height: 80 }, gap: 6, blockGap: 16, padding: 4, lines: 3, counts: false },
];

/** Names on screen this large are comfortable; the widest cottages that give them win. */
const COMFORTABLE_PX = 12.5;

/** Whether a picture's first view (the whole village) shows its cottages' names readable. */
const readableWhole = (picture: Picture): boolean => picture.viewport.zoom * NAME_FONT >= READABLE_PX + 0.3;

/** A rough width of bold text in flow units (for sizing names' strips; CSS wraps the real text). */
export function textWidth(text: string, font: number): number {
  return Math.ceil(text.length * font * 0.58);
}

/**
 * The least width that holds `text` in two lines broken at a space, by textWidth: a long word
 * cannot be split, so "Kela ja työeläkevakuutus (3)" needs "työeläkevakuutus (3)" on one line.
 */
export function twoLineWidth(text: string, font: number): number {
  const words = text.split(' ');
  let best = textWidth(text, font);
  for (let k = 1; k < words.length; k++) {
    best = Math.min(best, Math.max(textWidth(words.slice(0, k).join(' '), font), textWidth(words.slice(k).join(' '), font)));
  }
  return best;
}

/** Line height of neighbourhood names, as a factor of their font size. */
export const LABEL_LINE = 1.15;
/** Neighbourhood names in the detailed village, in flow units. */
export const LABEL_FONT = 24;

export interface PictureGroup {
  id: Neighbourhood;
  count: number;
  /** The name shown on the block (with its count). */
  label: string;
}

export interface Picture {
  layout: RingLayout<Neighbourhood>;
  geometry: Geometry;
  /** Font size of neighbourhood names, in flow units. */
  labelFont: number;
  /** The first view: the whole village in the frame. */
  viewport: Viewport;
}

/** The viewport that shows `bounds` whole and centred in `frame`. */
export function fitViewport(bounds: Box, frame: Frame, padding = FIT_PADDING, maxZoom = MAX_ZOOM): Viewport {
  const zoom = Math.min(
    maxZoom,
    Math.max(MIN_ZOOM, Math.min((frame.width - 2 * padding) / bounds.width, (frame.height - 2 * padding) / bounds.height)),
  );
  return {
    x: Math.round((frame.width / 2 - (bounds.x + bounds.width / 2) * zoom) * 100) / 100,
    y: Math.round((frame.height / 2 - (bounds.y + bounds.height / 2) * zoom) * 100) / 100,
    zoom: Math.round(zoom * 10000) / 10000,
  };
}

const aspectOf = (frame: Frame): number => (frame.width - 2 * FIT_PADDING) / Math.max(1, frame.height - 2 * FIT_PADDING);

/** Lays the village out with one geometry. */
function pictureWith(groups: readonly PictureGroup[], frame: Frame, geometry: Geometry, labelFont: number): Picture {
  const layout = ringLayout(
    groups.map((group) => {
      const full = textWidth(group.label, labelFont);
      return {
        id: group.id,
        count: group.count,
        // Two lines of name, a little slack for the wrapping.
        minWidth: Math.min(full + labelFont, Math.max(geometry.cell.width, twoLineWidth(group.label, labelFont) + labelFont)),
        header: Math.ceil(2 * LABEL_LINE * labelFont),
      };
    }),
    geometry.square,
    { ...geometry, aspect: aspectOf(frame) },
  );
  return { layout, geometry, labelFont, viewport: fitViewport(layout.bounds, frame) };
}

/**
 * How the detailed village is first seen: `whole` (a wellbeing area's village, all of it in the
 * frame) or `neighbourhood` (the national village, opened one neighbourhood at a time at readable
 * names, so its cottages always have room for their count line).
 */
export type FirstView = 'whole' | 'neighbourhood';

/**
 * The detailed village for `frame`: every cottage in its neighbourhood around the square. Takes
 * the widest cottages whose names are comfortable to read in the first view, or else the ones
 * that make them largest; with the line for each cottage's number of services whenever the names
 * stay readable with it (READABLE_PX), and without it only where it would make them smaller.
 */
export function villagePicture(groups: readonly PictureGroup[], frame: Frame, firstView: FirstView = 'whole'): Picture {
  const counted = searchPicture(groups, frame, true);
  if (firstView === 'neighbourhood' || readableWhole(counted)) return counted;
  const plain = searchPicture(groups, frame, false);
  return readableWhole(plain) ? plain : counted.viewport.zoom >= plain.viewport.zoom ? counted : plain;
}

/** Recent pictures by their input (see searchPicture); callers never change a picture. */
const pictures = new Map<string, Picture>();

/**
 * The best picture with cottages of one kind (with or without the count line). The island asks
 * for the same picture several times (frameHeightFor tries the heights, then the map draws the one
 * chosen): the answer depends only on the input, so a few recent ones are kept.
 */
function searchPicture(groups: readonly PictureGroup[], frame: Frame, counts: boolean): Picture {
  const key = `${counts}|${frame.width}x${frame.height}|${groups.map((group) => `${group.id}:${group.count}:${group.label}`).join('|')}`;
  const known = pictures.get(key);
  if (known !== undefined) return known;
  const picture = searchGeometries(groups, frame, counts);
  if (pictures.size >= 48) pictures.delete(pictures.keys().next().value!);
  pictures.set(key, picture);
  return picture;
}

function searchGeometries(groups: readonly PictureGroup[], frame: Frame, counts: boolean): Picture {
  let best: Picture | undefined;
  const geometries = GEOMETRIES.filter((geometry) => geometry.counts === counts);
  // A phone never fits the widest cottages.
  for (const geometry of frame.width < NARROW ? geometries.slice(1) : geometries) {
    const picture = pictureWith(groups, frame, geometry, LABEL_FONT);
    if (picture.viewport.zoom * NAME_FONT >= COMFORTABLE_PX) return picture;
    if (best === undefined || picture.viewport.zoom > best.viewport.zoom) best = picture;
  }
  return best!;
}

/**
 * The view of an opened neighbourhood: all of it, if its names are readable that way (a little
 * above READABLE_ZOOM); else at readable names, centred on its cottage nearest the square (the
 * first cell), from where the reader pans.
 */
export function neighbourhoodViewport(block: { box: Box; cells: readonly Box[] }, frame: Frame): Viewport {
  const view = fitViewport(block.box, frame, 16, MAX_ZOOM);
  const zoom = READABLE_ZOOM * 1.15;
  if (view.zoom >= zoom) return view;
  const cell = block.cells[0] ?? block.box;
  return { zoom, x: frame.width / 2 - (cell.x + cell.width / 2) * zoom, y: frame.height / 2 - (cell.y + cell.height / 2) * zoom };
}

/** Frames narrower than this (phones) grow taller instead of shrinking the names. */
export const NARROW = 640;

/**
 * The height of a narrow frame (a phone): the least of `base` × 1, 1.4, 1.8… at which the detailed
 * village's names are readable in the first view, so the village reads as a tall poster scrolled
 * with the page. Wide frames keep `base`.
 */
export function frameHeightFor(groups: readonly PictureGroup[], width: number, base: number, detailed = true): number {
  if (width >= NARROW || groups.every((group) => group.count === 0)) return base;
  if (!detailed) {
    // The folded village: tall enough for its cards' names at LABEL_PX.
    const { bounds } = narrowOverview(groups, { width, height: base }).layout;
    const zoom = Math.min((width - 2 * FIT_PADDING) / bounds.width, (LABEL_PX + 0.5) / CARD.font);
    return Math.max(base, Math.ceil(bounds.height * zoom + 2 * FIT_PADDING));
  }
  // Up to five screens: a wellbeing area at national scale has about a hundred cottages.
  const factors = [1, 1.4, 1.8, 2.2, 2.6, 3, 3.5, 4, 5];
  // The least height at which the names are readable with the cottages' count lines; else without them.
  for (const counts of [true, false]) {
    for (const factor of factors) {
      const height = Math.round(base * factor);
      const picture = searchPicture(groups, { width, height }, counts);
      if (!readableWhole(picture)) continue;
      // The picture is as wide as the frame; where it is shorter, the frame shrinks to it (no empty band above and below).
      const fitted = Math.max(base, Math.ceil(picture.layout.bounds.height * picture.viewport.zoom + 2 * FIT_PADDING));
      return fitted < height && readableWhole(searchPicture(groups, { width, height: fitted }, counts)) ? fitted : height;
    }
  }
  return Math.round(base * factors.at(-1)!);
}

/**
 * The height of a wide frame (a laptop) for a region's village: the stylesheet's `base`, or up to
 * twice it where a big region's names would otherwise fall below READABLE_PX (a wellbeing area at
 * national scale has about a hundred cottages). The wheel scrolls the page, so a taller map reads
 * like the phone's poster.
 */
export function wideFrameHeightFor(groups: readonly PictureGroup[], width: number, base: number): number {
  for (const factor of [1, 1.15, 1.3, 1.5, 1.75, 2]) {
    const height = Math.round(base * factor);
    if (readableWhole(villagePicture(groups, { width, height }))) return height;
  }
  return base;
}

/** A neighbourhood's card in the folded village, in flow units. */
export const CARD = { width: 300, height: 132, font: 24 } as const;

/**
 * The folded village: one card per neighbourhood (its name and its count of cottages) around the
 * square, sized so that the names are at least LABEL_PX on screen. It is what a national village
 * opens with, however many cottages it has.
 */
export function overviewPicture(groups: readonly PictureGroup[], frame: Frame): Picture {
  if (frame.width < NARROW) return narrowOverview(groups, frame);
  const geometry: Geometry = { cell: { width: CARD.width, height: CARD.height }, square: { width: 168, height: 96 }, gap: 12, blockGap: 20, padding: 0, lines: 2, counts: false };
  const layout = ringLayout(
    groups.map((group) => ({ id: group.id, count: group.count > 0 ? 1 : 0, minWidth: 0, header: 0 })),
    geometry.square,
    { ...geometry, aspect: aspectOf(frame) },
  );
  // Cards never grow past the size where their names are twice the least.
  const viewport = fitViewport(layout.bounds, frame, FIT_PADDING, (2 * LABEL_PX) / CARD.font);
  return { layout, geometry, labelFont: CARD.font, viewport };
}

/**
 * The folded village on a phone: cards one above the other, the first half of the ring above the
 * square and the rest below it (a ring of four bands would be too wide to read).
 */
function narrowOverview(groups: readonly PictureGroup[], frame: Frame): Picture {
  const card = { width: CARD.width, height: CARD.height };
  const perRow = 1;
  const gap = 12;
  const blockGap = 20;
  const square = { width: 168, height: 96 };
  const present = groups.filter((group) => group.count > 0);
  const above = present.slice(0, Math.ceil(present.length / 2));
  const below = present.slice(above.length);
  const rows = (list: readonly PictureGroup[]) => Math.ceil(list.length / perRow);
  const band = Math.max(rows(above), rows(below)) * (card.height + gap) - gap;
  const width = Math.max(perRow * card.width + (perRow - 1) * gap, square.width);
  const height = Math.max(0, band) * 2 + square.height + 4 * blockGap;
  const blocks: RingLayout<Neighbourhood>['blocks'] = [];
  const place = (list: readonly PictureGroup[], top: number, side: Side) =>
    list.forEach((group, i) => {
      const box = { x: (i % perRow) * (card.width + gap), y: top + Math.floor(i / perRow) * (card.height + gap), ...card };
      blocks.push({ id: group.id, side, box, label: box, cells: [box], columns: 1, rows: 1 });
    });
  place(above, band - rows(above) * (card.height + gap) + gap, 'top');
  place(below, band + square.height + 4 * blockGap, 'bottom');
  const layout: RingLayout<Neighbourhood> = {
    blocks,
    centre: { x: Math.round((width - square.width) / 2), y: band + 2 * blockGap, ...square },
    bounds: { x: 0, y: 0, width, height },
    score: 0,
  };
  const geometry: Geometry = { cell: card, square, gap, blockGap, padding: 0, lines: 2, counts: false };
  return { layout, geometry, labelFont: CARD.font, viewport: fitViewport(layout.bounds, frame, FIT_PADDING, (2 * LABEL_PX) / CARD.font) };
}

/**
 * The semantic zoom. A wellbeing area's village shows its cottages whenever their names are at
 * least 8 px on screen (its first view makes them 11 px or more); the national village starts
 * folded, neighbourhoods with their counts, and unfolds when zoomed in past the first view to
 * readable names.
 */
export function isUnfolded(scope: 'national' | 'wellbeing-area', zoom: number, firstZoom: number): boolean {
  if (scope === 'wellbeing-area') return zoom * NAME_FONT >= 8;
  return zoom >= READABLE_ZOOM && zoom > firstZoom * 1.05;
}

/** Cottages in the order their block's cells are filled: most roads first (nearest the square), then by name. */
export function cottageOrder(graph: VillageGraph): CottageNode[] {
  const degree = new Map<string, number>();
  for (const edge of graph.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  return [...graph.cottages].sort(
    (a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || compareFinnish(a.name, b.name) || compareDefault(a.id, b.id),
  );
}

/** Each cottage's box: the cells of its neighbourhood's block in order. */
export function cottageBoxes(picture: Picture, graph: VillageGraph): Map<string, Box> {
  const boxes = new Map<string, Box>();
  const next = new Map<Neighbourhood, number>();
  const blocks = new Map(picture.layout.blocks.map((block) => [block.id, block]));
  for (const cottage of cottageOrder(graph)) {
    const block = blocks.get(cottage.neighbourhood);
    const index = next.get(cottage.neighbourhood) ?? 0;
    const cell = block?.cells[index];
    if (cell === undefined) continue;
    next.set(cottage.neighbourhood, index + 1);
    boxes.set(cottage.id, cell);
  }
  return boxes;
}

export interface CottageData extends Omit<CottageNode, 'kind' | 'id'>, Record<string, unknown> {
  /** Lines of name the cottage shows. */
  lines: number;
  /** Whether the cottage shows its number of services under the name. */
  countLine: boolean;
}
export type SquareData = Record<string, never>;
export interface NeighbourhoodData extends Record<string, unknown> {
  neighbourhood: Neighbourhood;
  count: number;
  side: Side;
  labelFont: number;
  /** The name strip, relative to the block. */
  label: Box;
  /** Cells relative to the block (drawn as small houses while folded). */
  cells: Box[];
  folded: boolean;
}
export type CottageFlowNode = Node<CottageData, 'cottage'>;
export type SquareFlowNode = Node<SquareData, 'square'>;
export type NeighbourhoodFlowNode = Node<NeighbourhoodData, 'neighbourhood'>;
export type VillageFlowNode = CottageFlowNode | SquareFlowNode | NeighbourhoodFlowNode;

export type RoadData = { kind: EdgeKind; services: string[]; pathways: string[]; points: Point[] };
export type RoadFlowEdge = Edge<RoadData, 'road'>;

/** Handle ids: one source and one target handle at each node's centre. */
export const HANDLE_SOURCE = 'centre-source';
export const HANDLE_TARGET = 'centre-target';

function centreHandles(size: Size): NonNullable<Node['handles']> {
  const at = { x: size.width / 2, y: size.height / 2, width: 1, height: 1, position: Position.Top };
  return [
    { ...at, id: HANDLE_SOURCE, type: 'source' },
    { ...at, id: HANDLE_TARGET, type: 'target' },
  ];
}

const relative = (box: Box, origin: Point): Box => ({ ...box, x: box.x - origin.x, y: box.y - origin.y });

/** The neighbourhood blocks and the square: all a folded village draws. */
export function frameNodes(picture: Picture, counts: ReadonlyMap<Neighbourhood, number>, folded: boolean): VillageFlowNode[] {
  const blocks: NeighbourhoodFlowNode[] = picture.layout.blocks.map((block) => ({
    id: `neighbourhood:${block.id}`,
    type: 'neighbourhood',
    position: { x: block.box.x, y: block.box.y },
    width: block.box.width,
    height: block.box.height,
    data: {
      neighbourhood: block.id,
      count: counts.get(block.id) ?? block.cells.length,
      side: block.side,
      labelFont: picture.labelFont,
      label: relative(block.label, block.box),
      cells: block.cells.map((cell) => relative(cell, block.box)),
      folded,
    },
    selectable: false,
    draggable: false,
    focusable: false,
    zIndex: -1,
  }));
  const { centre } = picture.layout;
  const square: SquareFlowNode = {
    id: CLIENT_ID,
    type: 'square',
    position: { x: centre.x, y: centre.y },
    width: centre.width,
    height: centre.height,
    handles: centreHandles(centre),
    data: {},
    selectable: false,
    draggable: false,
    focusable: false,
  };
  return [...blocks, square];
}

/** The cottages as nodes, at their cells; `geometry` says their name lines and whether they show their count of services. */
export function cottageNodes(graph: VillageGraph, boxes: ReadonlyMap<string, Box>, geometry?: Geometry): CottageFlowNode[] {
  return graph.cottages.flatMap(({ kind: _kind, id, ...rest }) => {
    const box = boxes.get(id);
    if (box === undefined) return [];
    const data: CottageData = { ...rest, lines: geometry?.lines ?? (box.height >= 70 ? 3 : 2), countLine: geometry?.counts ?? false };
    return [
      {
        id,
        type: 'cottage' as const,
        position: { x: box.x, y: box.y },
        width: box.width,
        height: box.height,
        handles: centreHandles(box),
        data,
        selectable: false,
        draggable: false,
        focusable: false,
        ariaRole: 'group',
        ariaLabel: data.name,
      },
    ];
  });
}

/**
 * The roads to draw, routed along the streets around every cottage, the square and the
 * neighbourhoods' names. `describeEdge` gives each its accessible name; `roads` says which
 * (see roadsToShow).
 */
export function roadEdges(
  picture: Picture,
  boxes: ReadonlyMap<string, Box>,
  roads: readonly { edge: VillageEdge; focused: boolean }[],
  describeEdge: (edge: VillageEdge) => string,
): RoadFlowEdge[] {
  const all = new Map(boxes);
  all.set(CLIENT_ID, picture.layout.centre);
  const drawn = roads.filter(({ edge }) => all.has(edge.source) && all.has(edge.target));
  const obstacles = [...boxes.values(), picture.layout.centre, ...picture.layout.blocks.map((block) => block.label)];
  const paths = routeRoads(
    obstacles,
    drawn.map(({ edge }) => ({ id: edge.id, from: all.get(edge.source)!, to: all.get(edge.target)! })),
    { ...defaultRoadOptions, clearance: picture.geometry.gap / 2 },
  );
  return drawn.map(({ edge, focused }) => ({
    id: edge.id,
    type: 'road',
    source: edge.source,
    target: edge.target,
    sourceHandle: HANDLE_SOURCE,
    targetHandle: HANDLE_TARGET,
    selectable: false,
    focusable: false,
    ariaLabel: describeEdge(edge),
    className: `road road--${edge.kind}${focused ? ' road--focus' : ''}`,
    ...(focused ? { zIndex: 1 } : {}),
    ...(edge.kind === 'cooperation' ? {} : { markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14 } }),
    data: { kind: edge.kind, services: edge.services, pathways: edge.pathways, points: paths.get(edge.id)! },
  }));
}
