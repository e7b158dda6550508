/** Which actors and services reach an area, and the services × wellbeing areas coverage table. */
import { describe, expect, test } from 'vitest';
import { coverageCsv, coverageTable, filterCoverage } from '@/lib/regions/coverage';
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

  test('one cell per service and area', () => {
    expect(table.rows.map((row) => [row.id, row.cells.map((c) => `${c.reach}/${c.offerings}`).join(' '), row.localAreas])).toEqual([
      ['a', 'national/0 national/0', 0],
      ['b', 'full/1 full/1', 2],
      ['c', 'partial/0 full/0', 2],
    ]);
  });

  test.each([
    [{ kind: '', level: '' }, ['a', 'b', 'c']],
    [{ kind: 'service', level: '' }, ['a', 'c']],
    [{ kind: '', level: 'l1' }, ['a', 'c']],
    [{ kind: 'operating-model', level: 'l1' }, []],
  ])('filter %j', (filter, ids) => {
    expect(filterCoverage(table.rows, filter).map((row) => row.id)).toEqual(ids);
  });

  test('CSV quotes names with commas and quotes', () => {
    const csv = coverageCsv(table, table.rows, { service: 'palvelu', kind: 'tyyppi' }, (cell) => cell.reach);
    expect(csv).toMatchInlineSnapshot(`
      "palvelu,tyyppi,Alue 1,Alue 2
      A,service,national,national
      B,operating-model,full,full
      "C, ""lainattu""",service,partial,full
      "
    `);
  });
});
