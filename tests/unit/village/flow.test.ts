/** The village as React Flow nodes and edges. */
import { describe, expect, test } from 'vitest';
import { buildVillage } from '@/lib/village/graph';
import { borderPoint, cottageSize, initialFit, villageFlow } from '@/lib/village/flow';
import { catalog, everywhere } from './fixtures';

describe('village-flow', () => {
  test.each([
    [0, 116],
    [2, 188],
    [6, 332],
    [7, 368],
    [40, 368],
  ])('a cottage with %i services is %i px tall', (services, height) => {
    expect(cottageSize(services)).toEqual({ width: 248, height });
  });

  test.each([
    ['right', { x: 200, y: 0, width: 100, height: 100 }, { x: 104, y: 50 }],
    ['below', { x: 0, y: 300, width: 100, height: 100 }, { x: 50, y: 104 }],
    ['diagonal', { x: 300, y: 300, width: 100, height: 100 }, { x: 104, y: 104 }],
  ])('borderPoint towards a box %s', (_name, to, expected) => {
    expect(borderPoint({ x: 0, y: 0, width: 100, height: 100 }, to)).toEqual(expected);
  });

  test.each([
    ['a small village is shown whole', { width: 900, height: 500 }, { padding: 0.04, minZoom: 0.75 }],
    ['a big one opens at the square', { width: 4000, height: 3000 }, { padding: 0.04, minZoom: 0.75, maxZoom: 0.75, nodes: [{ id: 'client' }] }],
  ])('initialFit: %s', (_name, bounds, expected) => {
    expect(initialFit(bounds, { width: 1200, height: 720 })).toEqual(expected);
  });

  test('every edge connects existing nodes and nodes declare their size', () => {
    const flow = villageFlow(buildVillage(catalog, everywhere), (edge) => edge.id);
    const ids = new Set(flow.nodes.map((node) => node.id));
    for (const edge of flow.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    for (const node of flow.nodes) expect(node.width! > 0 && node.height! > 0).toBe(true);
    expect(flow.nodes.map((node) => node.type)).toEqual([
      'neighbourhood',
      'neighbourhood',
      'neighbourhood',
      'neighbourhood',
      'square',
      'cottage',
      'cottage',
      'cottage',
      'cottage',
      'cottage',
      'cottage',
    ]);
  });
});
