/** Names on the map: the pole of inaccessibility, the box test, line breaks and where a name fits. */
import { describe, expect, test } from 'vitest';
import { borderDistance, boxFits, insideArea, lineOptions, placeLabel, poleOfInaccessibility, type Point, type Polygon } from '@/lib/regions/map-labels';

const rect = (x0: number, y0: number, x1: number, y1: number): Point[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];
const square: Polygon = [rect(0, 0, 100, 100)];
const withHole: Polygon = [rect(0, 0, 100, 100), rect(40, 40, 60, 60)];
// An L: a thick 60 × 100 block on the left and a thin 100 × 10 foot along the bottom.
const ell: Polygon = [
  [
    [0, 0],
    [60, 0],
    [60, 90],
    [160, 90],
    [160, 100],
    [0, 100],
  ],
];

describe('insideArea and borderDistance', () => {
  test.each([
    [[50, 50], [square], true],
    [[150, 50], [square], false],
    [[50, 50], [withHole], false],
    [[20, 20], [withHole], true],
  ] as const)('%j inside %# → %s', (point, polygons, inside) => {
    expect(insideArea(polygons, point)).toBe(inside);
  });

  test('positive inside, negative outside', () => {
    expect(borderDistance([square], [50, 10])).toBeCloseTo(10);
    expect(borderDistance([square], [110, 50])).toBeCloseTo(-10);
  });
});

describe('poleOfInaccessibility', () => {
  test('the centre of a square, half its side away from the border', () => {
    const pole = poleOfInaccessibility(square);
    expect(pole.point[0]).toBeCloseTo(50, 0);
    expect(pole.point[1]).toBeCloseTo(50, 0);
    expect(pole.distance).toBeCloseTo(50, 0);
  });

  test('in the thick part of an L, not at its centroid on the thin foot', () => {
    const pole = poleOfInaccessibility(ell);
    expect(pole.point[0]).toBeLessThan(60);
    expect(pole.distance).toBeGreaterThan(25);
  });

  test('beside a hole, never in it', () => {
    const pole = poleOfInaccessibility(withHole);
    expect(insideArea([withHole], pole.point)).toBe(true);
    expect(pole.distance).toBeGreaterThan(15);
  });
});

describe('boxFits', () => {
  test.each([
    ['a small box in the middle', [square], [50, 50], 20, 10, true],
    ['a box wider than the square', [square], [50, 50], 120, 10, false],
    ['a box over a hole', [withHole], [50, 50], 30, 30, false],
    ['a box beside the hole', [withHole], [20, 20], 20, 20, true],
    ['a box across the corner of an L', [ell], [60, 80], 30, 10, false],
  ] as const)('%s → %s', (_, polygons, centre, width, height, fits) => {
    expect(boxFits(polygons, centre, width, height)).toBe(fits);
  });
});

describe('lineOptions', () => {
  test.each([
    ['Kuopio', [['Kuopio']]],
    ['Kainuu-Koillismaa', [['Kainuu-Koillismaa'], ['Kainuu-', 'Koillismaa']]],
    ['Tampereen seutu', [['Tampereen seutu'], ['Tampereen', 'seutu']]],
  ])('%s', (name, expected) => {
    expect(lineOptions(name)).toEqual(expected);
  });

  test('a lone dash stays with the word before it, and three lines are the most', () => {
    const options = lineOptions('Tunturi-Lappi - Pello');
    expect(options[0]).toEqual(['Tunturi-Lappi - Pello']);
    expect(options).toContainEqual(['Tunturi-', 'Lappi -', 'Pello']);
    expect(options.every((lines) => lines.length <= 3 && !lines.some((line) => line.startsWith('-')))).toBe(true);
  });
});

describe('placeLabel', () => {
  const style = { fontSize: 10, charWidth: 0.6, lineHeight: 1.15, padding: 1 };

  test('one line where the area is wide enough', () => {
    const placed = placeLabel([[rect(0, 0, 200, 20)]], 'Tampereen seutu', style);
    expect(placed?.lines).toEqual(['Tampereen seutu']);
    expect(placed?.x).toBeCloseTo(100, 0);
  });

  test('two lines where only a narrower box fits', () => {
    expect(placeLabel([[rect(0, 0, 60, 60)]], 'Tampereen seutu', style)?.lines).toEqual(['Tampereen', 'seutu']);
  });

  test('nowhere in an area smaller than the name', () => {
    expect(placeLabel([[rect(0, 0, 12, 12)]], 'Kuopio', style)).toBeUndefined();
  });

  test('in the thick part of an L, where the box fits', () => {
    const placed = placeLabel([ell], 'Kuopio', style)!;
    expect(boxFits([ell], [placed.x, placed.y], placed.width + 2, placed.height + 2)).toBe(true);
  });

  test('on the largest island of an area in parts', () => {
    const placed = placeLabel([[rect(0, 0, 10, 10)], [rect(100, 100, 200, 160)]], 'Salo', style);
    expect(placed?.x).toBeGreaterThan(100);
  });
});

describe('line baselines', () => {
  test('two lines centred on the point, one line height apart', () => {
    const placed = placeLabel([[rect(0, 0, 60, 60)]], 'Tampereen seutu', { fontSize: 10, lineHeight: 1.2 })!;
    expect(placed.lineYs).toHaveLength(2);
    expect(placed.lineYs[1]! - placed.lineYs[0]!).toBeCloseTo(12);
    expect((placed.lineYs[0]! + placed.lineYs[1]!) / 2).toBeCloseTo(placed.y + 3.5, 0);
  });
});
