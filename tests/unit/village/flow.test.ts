/** The village as a picture: sizes for the frame, the first view, the fold rule, React Flow nodes and roads. */
import { describe, expect, test } from 'vitest';
import { buildVillage, neighbourhoodCounts } from '@/lib/village/graph';
import {
  CARD,
  COUNT_LINE,
  GEOMETRIES,
  LABEL_PX,
  NAME_FONT,
  READABLE_ZOOM,
  cottageBoxes,
  cottageNodes,
  fitViewport,
  frameHeightFor,
  frameNodes,
  isUnfolded,
  overviewPicture,
  roadEdges,
  textWidth,
  twoLineWidth,
  neighbourhoodViewport,
  villagePicture,
  wideFrameHeightFor,
  type PictureGroup,
} from '@/lib/village/flow';
import { contains } from '@/lib/village/layout';
import { catalog, everywhere } from './fixtures';

const laptop = { width: 1300, height: 640 };
const phone = { width: 358, height: 700 };
const groupsOf = (counts: number[]): PictureGroup[] =>
  (['sote', 'employment', 'kela-pension', 'national', 'education', 'private', 'ngo'] as const).map((id, i) => ({
    id,
    count: counts[i] ?? 0,
    label: `Naapurusto ${id} (${counts[i] ?? 0})`,
  }));
const regional = groupsOf([9, 7, 3, 6, 1, 5, 1]);
const national = groupsOf([400, 250, 30, 120, 60, 90, 50]);

test.each([
  ['one word', 'Oppilaitokset', 'Oppilaitokset'],
  ['the best break', 'Kela ja työeläkevakuutus (3)', 'työeläkevakuutus (3)'],
  ['balanced', 'Sosiaali- ja terveyspalvelut (22)', 'terveyspalvelut (22)'],
])('twoLineWidth: %s', (_name, text, longest) => {
  expect(twoLineWidth(text, 24)).toBe(textWidth(longest, 24));
});

test.each([
  ['wide bounds', { x: 0, y: 0, width: 2000, height: 500 }, { width: 1016, height: 616 }, { x: 8, y: 183, zoom: 0.5 }],
  ['small bounds stop at the largest zoom', { x: 0, y: 0, width: 100, height: 100 }, { width: 1000, height: 1000 }, { x: 375, y: 375, zoom: 2.5 }],
])('fitViewport: %s', (_name, bounds, frame, expected) => {
  expect(fitViewport(bounds, frame)).toEqual(expected);
});

describe('neighbourhoodViewport', () => {
  const frame = { width: 400, height: 600 };
  test('a small neighbourhood is shown whole, names readable', () => {
    const box = { x: 0, y: 0, width: 300, height: 200 };
    const view = neighbourhoodViewport({ box, cells: [{ x: 10, y: 10, width: 100, height: 50 }] }, frame);
    expect(view).toEqual(fitViewport(box, frame, 16));
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
  });
  test('one too big to read whole opens at readable names on its first cottage', () => {
    const cell = { x: 2000, y: 1000, width: 100, height: 50 };
    const view = neighbourhoodViewport({ box: { x: 0, y: 0, width: 4000, height: 3000 }, cells: [cell] }, frame);
    expect(view.zoom).toBeCloseTo(READABLE_ZOOM * 1.15);
    expect(view.x + (cell.x + cell.width / 2) * view.zoom).toBeCloseTo(frame.width / 2);
    expect(view.y + (cell.y + cell.height / 2) * view.zoom).toBeCloseTo(frame.height / 2);
  });
});

describe('villagePicture', () => {
  test('a regional village on a laptop: the widest cottages, names comfortably readable', () => {
    const picture = villagePicture(regional, laptop);
    expect(picture.geometry).toBe(GEOMETRIES[0]);
    expect(picture.viewport.zoom * NAME_FONT).toBeGreaterThanOrEqual(12.5);
    expect(picture.viewport.zoom * picture.labelFont).toBeGreaterThanOrEqual(LABEL_PX);
  });

  test('the same groups and frame give the same picture (kept, not searched again); another frame another', () => {
    const first = villagePicture(regional, laptop);
    expect(villagePicture(groupsOf([9, 7, 3, 6, 1, 5, 1]), { ...laptop })).toBe(first);
    expect(villagePicture(regional, phone)).not.toBe(first);
    expect(villagePicture(groupsOf([9, 7, 3, 6, 1, 5, 2]), laptop)).not.toBe(first);
  });

  test('a phone takes narrower cottages and a taller frame until names are readable', () => {
    const height = frameHeightFor(regional, phone.width, phone.height);
    expect(height).toBeGreaterThanOrEqual(phone.height);
    const picture = villagePicture(regional, { width: phone.width, height });
    expect(picture.geometry.cell.width).toBeLessThan(GEOMETRIES[0]!.cell.width);
    expect(picture.viewport.zoom * NAME_FONT).toBeGreaterThanOrEqual(11);
    expect(frameHeightFor(regional, laptop.width, laptop.height)).toBe(laptop.height);
  });

  test('a wellbeing area as big as one at national scale (93 cottages) still finds a phone height with readable names', () => {
    const big = groupsOf([40, 20, 4, 12, 3, 10, 4]);
    const height = frameHeightFor(big, phone.width, phone.height);
    expect(villagePicture(big, { width: phone.width, height }).viewport.zoom * NAME_FONT).toBeGreaterThanOrEqual(11);
  });

  test("on a laptop a big region's frame grows a little until its names are readable; a small region keeps the stylesheet's height", () => {
    const big = groupsOf([45, 25, 4, 14, 3, 12, 7]);
    const height = wideFrameHeightFor(big, laptop.width, laptop.height);
    expect(height).toBeGreaterThan(laptop.height);
    expect(height).toBeLessThanOrEqual(2 * laptop.height);
    expect(villagePicture(big, { width: laptop.width, height }).viewport.zoom * NAME_FONT).toBeGreaterThanOrEqual(11);
    expect(wideFrameHeightFor(regional, laptop.width, laptop.height)).toBe(laptop.height);
  });

  test('cottages show their number of services where the names stay readable with it, and go without only where they would not', () => {
    // A region: the count line fits, names comfortably readable.
    const region = villagePicture(regional, laptop);
    expect(region.geometry.counts).toBe(true);
    // A village as big as the national one, seen whole on a laptop: with the count line its names would
    // fall below READABLE_PX, without it they stay above, so it goes without.
    const big = groupsOf([39, 15, 4, 15, 2, 10, 5]);
    const plain = villagePicture(big, laptop);
    expect(plain.geometry.counts).toBe(false);
    expect(plain.viewport.zoom * NAME_FONT).toBeGreaterThanOrEqual(11);
    // The national village is first seen a neighbourhood at a time (at readable names): always with counts.
    expect(villagePicture(big, laptop, 'neighbourhood').geometry.counts).toBe(true);
    // A phone's frame grows a little more for them.
    const height = frameHeightFor(regional, phone.width, phone.height);
    const tall = villagePicture(regional, { width: phone.width, height });
    expect(tall.geometry.counts).toBe(true);
    expect(tall.viewport.zoom * NAME_FONT).toBeGreaterThanOrEqual(11);
    // A count line is its own cell line: the same name lines as its plain twin, COUNT_LINE taller.
    for (const geometry of GEOMETRIES.filter((candidate) => candidate.counts)) {
      const twin = GEOMETRIES.find((candidate) => !candidate.counts && candidate.cell.width === geometry.cell.width)!;
      expect(geometry.lines).toBe(twin.lines);
      expect(geometry.cell.height).toBe(twin.cell.height + COUNT_LINE);
    }
  });

  test('the folded village shows every neighbourhood name at least LABEL_PX, however big the village', () => {
    for (const frame of [laptop, { width: phone.width, height: frameHeightFor(national, phone.width, phone.height, false) }]) {
      const picture = overviewPicture(national, frame);
      expect(picture.layout.blocks).toHaveLength(7);
      expect(picture.viewport.zoom * CARD.font, JSON.stringify(frame)).toBeGreaterThanOrEqual(LABEL_PX);
    }
  });
});

test.each([
  ['an area village at its first view', 'wellbeing-area', 0.7, 0.7, true],
  ['an area village zoomed far out', 'wellbeing-area', 0.3, 0.7, false],
  ['the national village at its first view', 'national', 0.3, 0.3, false],
  ['the national village zoomed in to readable names', 'national', READABLE_ZOOM, 0.3, true],
] as const)('isUnfolded: %s → %s', (_name, scope, zoom, first, expected) => {
  expect(isUnfolded(scope, zoom, first)).toBe(expected);
});

describe('nodes and roads', () => {
  const graph = buildVillage(catalog, everywhere);
  const counts = neighbourhoodCounts(graph);
  const picture = villagePicture(
    counts.map((c) => ({ ...c, label: c.id })),
    laptop,
  );
  const boxes = cottageBoxes(picture, graph);

  test('every cottage gets its own cell inside its neighbourhood', () => {
    expect(boxes.size).toBe(graph.cottages.length);
    const blocks = new Map(picture.layout.blocks.map((block) => [block.id, block]));
    for (const cottage of graph.cottages) expect(contains(blocks.get(cottage.neighbourhood)!.box, boxes.get(cottage.id)!)).toBe(true);
    expect(new Set([...boxes.values()].map((box) => `${box.x},${box.y}`)).size).toBe(boxes.size);
  });

  test('nodes declare their size; every road joins drawn nodes along a routed path', () => {
    const nodes = [...frameNodes(picture, new Map(counts.map((c) => [c.id, c.count])), false), ...cottageNodes(graph, boxes)];
    for (const node of nodes) expect(node.width! > 0 && node.height! > 0).toBe(true);
    const ids = new Set(nodes.map((node) => node.id));
    const edges = roadEdges(picture, boxes, graph.edges.map((edge) => ({ edge, focused: false })), (edge) => edge.id);
    expect(edges).toHaveLength(graph.edges.length);
    for (const edge of edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(edge.data!.points.length).toBeGreaterThanOrEqual(2);
    }
    expect(nodes.map((node) => node.type)).toEqual([...counts.filter((c) => c.count > 0).map(() => 'neighbourhood'), 'square', ...graph.cottages.map(() => 'cottage')]);
  });

  test('cottage nodes carry their name lines and whether they show their number of services', () => {
    for (const node of cottageNodes(graph, boxes, picture.geometry)) {
      expect(node.data.lines).toBe(picture.geometry.lines);
      expect(node.data.countLine).toBe(picture.geometry.counts);
    }
  });
});
