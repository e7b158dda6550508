/** Which actors and services reach an area, and the services × wellbeing areas coverage table. */
import { describe, expect, test } from 'vitest';
import { coverageCsv, coverageTable, nationalCount, sourceFocus } from '@/lib/regions/coverage';
import { actorsInArea, expandRefs, membership, reachOf, servicesInArea, type RegionRefsLike } from '@/lib/regions/catalog';
import type { Municipality } from '@/lib/regions/structure';

const m = (code: string, wellbeingArea: string, employmentArea: string): Municipality => ({
  code, name: code, nameSv: code, region: 'x', wellbeingArea, employmentArea,
});
// w1 = {001, 002} with e1 inside it and e2 spanning into w2 = {003}
const members = membership([m('001', 'w1', 'e1'), m('002', 'w1', 'e2'), m('003', 'w2', 'e2')]);
const refs = (partial: Partial<RegionRefsLike>): RegionRefsLike => ({
  national: false, wellbeingAreas: [], employmentAreas: [], municipalities: [], ...partial,
});
const NATIONAL = refs({ national: true });

describe('reachOf', () => {
  test.each([
    ['the whole country', NATIONAL, 'national'],
    ['the area itself', refs({ wellbeingAreas: ['w1'] }), 'full'],
    ['an employment area inside it', refs({ employmentAreas: ['e1'] }), 'partial'],
    ['all its employment areas', refs({ employmentAreas: ['e1', 'e2'] }), 'full'],
    ['one of its municipalities', refs({ municipalities: ['002'] }), 'partial'],
    ['another area only', refs({ wellbeingAreas: ['w2'] }), null],
    ['nothing', refs({}), null],
  ])('%s → %s', (_, ref, expected) => {
    expect(reachOf(expandRefs(ref, members), members.wellbeing.get('w1')!)).toBe(expected);
  });
});

const actors = [
  { id: 'kela', name: 'Kela', scope: 'national' as const },
  { id: 'sote', name: 'Sote-keskus', scope: 'every-wellbeing-area' as const },
  { id: 'local2', name: 'Toisen alueen toimija', scope: 'regional' as const, regions: refs({ wellbeingAreas: ['w2'] }) },
  { id: 'local1', name: 'Oman alueen toimija', scope: 'regional' as const, regions: refs({ employmentAreas: ['e2'] }) },
];

test('actorsInArea: local first, then every-area types, then national', () => {
  const found = actorsInArea(actors, members.wellbeing.get('w1')!, members);
  expect(found.map((f) => `${f.item.id}:${f.reach}`)).toEqual(['local1:partial', 'sote:every-area', 'kela:national']);
});

const services = [
  { id: 'a', name: 'A', kind: 'service', status: 'established', staircaseLevels: ['l1'], regions: NATIONAL, offerings: [] },
  {
    id: 'b', name: 'B', kind: 'operating-model', status: 'pilot', staircaseLevels: [], regions: refs({ wellbeingAreas: ['w1'] }),
    offerings: [{ id: 'o1', provider: 'p', regions: refs({ wellbeingAreas: ['w1'] }) }, { id: 'o2', provider: 'p', regions: refs({ municipalities: ['003'] }) }],
  },
  { id: 'c', name: 'C, "lainattu"', kind: 'service', status: 'pilot', staircaseLevels: ['l1'], regions: refs({ employmentAreas: ['e2'] }), offerings: [] },
];

test('servicesInArea: the service\'s own regions or any offering; the offerings that reach the area', () => {
  const found = servicesInArea(services, members.wellbeing.get('w2')!, members);
  expect(found.map((f) => [f.item.id, f.reach, f.offerings.map((o) => o.offering.id)])).toEqual([
    ['b', 'full', ['o2']],
    ['c', 'full', []],
    ['a', 'national', []],
  ]);
});

describe('coverage table', () => {
  const table = coverageTable(services, [{ id: 'w1', name: 'Alue 1' }, { id: 'w2', name: 'Alue 2' }], members);

  test('one cell per service and area; a national service is marked available everywhere', () => {
    expect(table.rows.map((row) => [row.id, row.cells.map((c) => `${c.reach}/${c.offerings}`).join(' '), row.localAreas, row.national])).toEqual([
      ['a', 'national/0 national/0', 0, true],
      ['b', 'full/1 full/1', 2, false],
      ['c', 'partial/0 full/0', 2, false],
    ]);
    expect(nationalCount(table.rows)).toBe(1);
  });

  test('a national offering makes the service national too', () => {
    const withOffering = coverageTable(
      [{ ...services[1]!, id: 'd', offerings: [{ id: 'o', regions: NATIONAL }] }],
      [{ id: 'w1', name: 'Alue 1' }],
      members,
    );
    expect(withOffering.rows[0]?.national).toBe(true);
  });

  test('sourceFocus: the areas with most locally recorded services, and what the rest have at most', () => {
    const four = coverageTable(
      [
        ...services,
        ...['x1', 'x2', 'x3', 'x4', 'x5', 'x6'].map((id) => ({ id, name: id, kind: 'service', status: 'pilot', staircaseLevels: [], regions: refs({ municipalities: ['001'] }), offerings: [] })),
      ],
      [{ id: 'w1', name: 'Alue 1' }, { id: 'w2', name: 'Alue 2' }, { id: 'w3', name: 'Alue 3' }],
      membership([m('001', 'w1', 'e1'), m('002', 'w1', 'e2'), m('003', 'w2', 'e2'), m('004', 'w3', 'e3')]),
    );
    // w1: b, c and x1–x6 = 8; w2: b, c = 2 (a quarter of 8 is 2: still main); w3: none.
    expect(sourceFocus(four)).toEqual({
      main: [
        { id: 'w1', name: 'Alue 1', services: 8 },
        { id: 'w2', name: 'Alue 2', services: 2 },
      ],
      rest: { areas: 1, most: 0 },
    });
    expect(sourceFocus(four, 0.5).main.map((a) => a.id)).toEqual(['w1']);
    expect(sourceFocus(four, 0.5).rest).toEqual({ areas: 2, most: 2 });
  });

  test('sourceFocus of an empty catalogue names no area', () => {
    expect(sourceFocus(coverageTable([], [{ id: 'w1', name: 'Alue 1' }], members))).toEqual({ main: [], rest: { areas: 1, most: 0 } });
  });

  test('CSV starts with a byte order mark and quotes names with commas and quotes', () => {
    const csv = coverageCsv(table, table.rows, { service: 'palvelu', kind: 'tyyppi' }, (cell) => cell.reach);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1)).toMatchInlineSnapshot(`
      "palvelu,tyyppi,Alue 1,Alue 2
      A,service,national,national
      B,operating-model,full,full
      "C, ""lainattu""",service,partial,full
      "
    `);
  });
});
