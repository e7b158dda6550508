/** Matrix cells, layout and keyboard movement; the compare page's URL state. */
import { describe, expect, test } from 'vitest';
import { compareSearch, parseCompareParams } from '@/lib/regions/compare';
import { matrixCells, matrixLayout, nextCell } from '@/lib/regions/matrix';
import { regionStructure, shortWellbeingName, type Municipality } from '@/lib/regions/structure';

const m = (code: string, wellbeingArea: string, employmentArea: string): Municipality => ({
  code, name: code, nameSv: code, region: 'x', wellbeingArea, employmentArea,
});
const structure = regionStructure([m('001', 'w1', 'e1'), m('002', 'w1', 'e2'), m('003', 'w2', 'e2'), m('004', 'w2', 'e3'), m('005', 'w2', 'e3')]);
const data = matrixCells(structure, { rows: ['w1', 'w2'], columns: ['e1', 'e2', 'e3'] });

test('matrixCells: the non-empty cells, row by row', () => {
  expect(data.cells.map((c) => `${c.row},${c.column}:${c.shared.join('+')}`)).toEqual(['0,0:001', '0,1:002', '1,1:003', '1,2:004+005']);
});

test('matrixLayout: bands of cellSize after the label margins; intensity grows with the count in four steps', () => {
  const layout = matrixLayout(data, { cellSize: 10, left: 100, top: 50 });
  expect([layout.width, layout.height, layout.x(0), layout.x(2), layout.y(1)]).toEqual([134, 74, 100, 120, 60]);
  expect([1, 2, 3, 4, 8, 30].map(layout.intensity)).toEqual([0.3, 0.5, 0.5, 0.8, 1, 1]);
});

describe('nextCell', () => {
  test.each([
    [0, 'right', 1],
    [1, 'right', 3], // nothing further right on row 0 → the closest cell to the right on another row
    [3, 'right', 3], // nothing to the right at all → stays
    [1, 'down', 2],
    [2, 'right', 3],
    [3, 'up', 1], // no cell above column 2: the closest one above
    [3, 'left', 2],
    [2, 'first', 0],
    [0, 'last', 3],
  ] as const)('from %i %s → %i', (from, direction, expected) => {
    expect(nextCell(data.cells, from, direction)).toBe(expected);
  });
});

test.each([
  ['Pohjois-Karjalan hyvinvointialue', 'Pohjois-Karjalan HVA'],
  ['Helsingin kaupunki', 'Helsingin kaupunki'],
])('shortWellbeingName(%s)', (name, short) => expect(shortWellbeingName(name)).toBe(short));

describe('compare URL state', () => {
  const known = ['lappi', 'kainuu'];
  test.each([
    ['?a=lappi&b=kainuu', { a: 'lappi', b: 'kainuu', ignored: [] }],
    ['?a=lappi', { a: 'lappi', b: null, ignored: [] }],
    ['?a=atlantis&b=kainuu', { a: null, b: 'kainuu', ignored: ['atlantis'] }],
    ['?a=<script>&b=', { a: null, b: null, ignored: ['<script>'] }],
    ['', { a: null, b: null, ignored: [] }],
  ])('%s', (search, expected) => expect(parseCompareParams(search, known)).toEqual(expected));

  test('compareSearch writes only what is chosen', () => {
    expect([compareSearch({ a: 'lappi', b: 'kainuu' }), compareSearch({ a: null, b: 'kainuu' }), compareSearch({ a: null, b: null })]).toEqual([
      '?a=lappi&b=kainuu', '?b=kainuu', '',
    ]);
  });
});
