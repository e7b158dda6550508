/**
 * From the village graph to React Flow's nodes and edges: cottage sizes, the layout from
 * layout.ts, handles declared up front (so nodes and edges render before JavaScript runs) and
 * edge end points clipped to the cottages' borders (so arrow heads stay visible).
 * Pure: types only from @xyflow/react, constants from @xyflow/system.
 */
import type { Edge, Node } from '@xyflow/react';
import { MarkerType, Position } from '@xyflow/system';
import {
  CLIENT_ID,
  neighbourhoods,
  type CottageNode,
  type EdgeKind,
  type Neighbourhood,
  type VillageEdge,
  type VillageGraph,
} from './graph.ts';
import { layoutVillage, type Box, type Point, type Size } from './layout.ts';

/** Geometry of a cottage drawing, shared by the layout and the node component. */
export const COTTAGE = {
  width: 248,
  roof: 30,
  header: 76,
  /** One chip row: a 32 px button and 4 px space (32 px is a 24 px target at the initial zoom of 0.75). */
  chip: 36,
  padding: 10,
  /** Chips shown on the map; the rest are behind a "more" button that opens the cottage. */
  maxChips: 6,
} as const;

export const SQUARE: Size = { width: 220, height: 120 };

/**
 * The first view (also the one rendered on the server) is never zoomed out further than this, so
 * every button on the map is at least 24 px tall (WCAG 2.5.8): a big village opens at its centre
 * and "Näytä koko kylä" zooms out to all of it.
 */
export const INITIAL_MIN_ZOOM = 0.75;

/**
 * fitView options for the first view on a canvas of about `canvas` size: the whole village when it
 * fits at INITIAL_MIN_ZOOM or closer, otherwise the village square (the client's place, where the
 * roads start) at that zoom.
 */
export function initialFit(
  bounds: Size,
  canvas: Size,
  padding = 0.04,
): { padding: number; minZoom: number; maxZoom?: number; nodes?: { id: string }[] } {
  const zoom = Math.min(canvas.width / bounds.width, canvas.height / bounds.height) / (1 + 2 * padding);
  return zoom >= INITIAL_MIN_ZOOM
    ? { padding, minZoom: INITIAL_MIN_ZOOM }
    : { padding, minZoom: INITIAL_MIN_ZOOM, maxZoom: INITIAL_MIN_ZOOM, nodes: [{ id: CLIENT_ID }] };
}

/** Height of a cottage holding `services` services. */
export function cottageSize(services: number): Size {
  const rows = Math.min(services, COTTAGE.maxChips) + (services > COTTAGE.maxChips ? 1 : 0);
  return { width: COTTAGE.width, height: COTTAGE.roof + COTTAGE.header + rows * COTTAGE.chip + COTTAGE.padding };
}

export type CottageData = Omit<CottageNode, 'kind' | 'id'>;
export type SquareData = Record<string, never>;
export type NeighbourhoodData = { neighbourhood: Neighbourhood; count: number };
export type CottageFlowNode = Node<CottageData, 'cottage'>;
export type SquareFlowNode = Node<SquareData, 'square'>;
export type NeighbourhoodFlowNode = Node<NeighbourhoodData, 'neighbourhood'>;
export type VillageFlowNode = CottageFlowNode | SquareFlowNode | NeighbourhoodFlowNode;

export type RoadData = { kind: EdgeKind; services: string[]; pathways: string[]; from: Point; to: Point };
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

/** Where the line from the centre of `from` towards the centre of `to` leaves `from`'s box (plus a margin). */
export function borderPoint(from: Box, to: Box, margin = 4): Point {
  const cx = from.x + from.width / 2;
  const cy = from.y + from.height / 2;
  const dx = to.x + to.width / 2 - cx;
  const dy = to.y + to.height / 2 - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = Math.min(
    dx === 0 ? Infinity : (from.width / 2 + margin) / Math.abs(dx),
    dy === 0 ? Infinity : (from.height / 2 + margin) / Math.abs(dy),
  );
  return { x: Math.round(cx + dx * scale), y: Math.round(cy + dy * scale) };
}

export interface VillageFlow {
  nodes: VillageFlowNode[];
  edges: RoadFlowEdge[];
  bounds: Box;
}

/**
 * Lays the village out and returns React Flow nodes (frames first, so they sit beneath the
 * cottages) and edges. `describeEdge` gives each edge its accessible name; `roads` says which
 * edges to draw (default: all), see roadsToShow.
 */
export function villageFlow(
  graph: VillageGraph,
  describeEdge: (edge: VillageEdge) => string,
  roads: readonly { edge: VillageEdge; focused: boolean }[] = graph.edges.map((edge) => ({ edge, focused: false })),
): VillageFlow {
  const sizes = new Map(graph.cottages.map((cottage) => [cottage.id, cottageSize(cottage.services.length)]));
  const layout = layoutVillage(
    neighbourhoods,
    graph.cottages.map((cottage) => ({ id: cottage.id, group: cottage.neighbourhood, size: sizes.get(cottage.id)! })),
    SQUARE,
  );
  const boxes = new Map<string, Box>([[graph.square.id, layout.centre]]);
  for (const cottage of graph.cottages) boxes.set(cottage.id, { ...layout.items[cottage.id]!, ...sizes.get(cottage.id)! });

  const frames: NeighbourhoodFlowNode[] = layout.groups.map((frame) => ({
    id: `neighbourhood:${frame.id}`,
    type: 'neighbourhood',
    position: { x: frame.x, y: frame.y },
    width: frame.width,
    height: frame.height,
    data: { neighbourhood: frame.id, count: graph.cottages.filter((cottage) => cottage.neighbourhood === frame.id).length },
    selectable: false,
    draggable: false,
    focusable: false,
    zIndex: -1,
  }));
  const square: SquareFlowNode = {
    id: graph.square.id,
    type: 'square',
    position: { x: layout.centre.x, y: layout.centre.y },
    width: SQUARE.width,
    height: SQUARE.height,
    handles: centreHandles(SQUARE),
    data: {},
    selectable: false,
    draggable: false,
    focusable: false,
  };
  const cottages: CottageFlowNode[] = graph.cottages.map(({ kind: _kind, id, ...data }) => {
    const size = sizes.get(id)!;
    return {
      id,
      type: 'cottage',
      position: layout.items[id]!,
      width: size.width,
      height: size.height,
      handles: centreHandles(size),
      data,
      selectable: false,
      draggable: false,
      focusable: false,
      ariaRole: 'group',
      ariaLabel: data.name,
    };
  });

  const edges: RoadFlowEdge[] = roads.map(({ edge, focused }) => {
    const from = boxes.get(edge.source)!;
    const to = boxes.get(edge.target)!;
    return {
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
      ...(edge.kind === 'cooperation' ? {} : { markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 } }),
      data: {
        kind: edge.kind,
        services: edge.services,
        pathways: edge.pathways,
        from: borderPoint(from, to),
        to: borderPoint(to, from),
      },
    };
  });

  return { nodes: [...frames, square, ...cottages], edges, bounds: layout.bounds };
}
