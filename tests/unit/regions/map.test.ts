/** The map geometry: every area gets a path, the drawing fits its box, the output is deterministic. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { regionMap } from '@/lib/regions/map';

const topology = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'public', 'data', 'municipalities.topo.json'), 'utf8'));
const map = regionMap(topology, 400);

describe('regionMap', () => {
  test('22 wellbeing-area and 45 employment-area paths, each non-empty', () => {
    expect(map.wellbeingAreas).toHaveLength(22);
    expect(map.employmentAreas).toHaveLength(45);
    expect([...map.wellbeingAreas, ...map.employmentAreas].every((area) => area.d.startsWith('M'))).toBe(true);
  });

  test('Finland is taller than wide, and the drawing fits the box', () => {
    expect(map.width).toBe(400);
    expect(map.height).toBeGreaterThan(600);
    expect(map.height).toBeLessThan(900);
    const numbers = map.wellbeingBorders.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(map.height + 1);
  });

  test('coordinates are rounded to one decimal, so the SVG stays small and stable', () => {
    expect(map.employmentBorders).not.toMatch(/\.\d\d/);
    const size = [...map.wellbeingAreas, ...map.employmentAreas].reduce((sum, a) => sum + a.d.length, 0);
    expect(size).toBeLessThan(400_000);
  });
});
