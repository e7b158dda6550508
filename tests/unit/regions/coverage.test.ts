/** The coverage view's pages: counts per area, one area's services, by kind and by staircase level. */
import { describe, expect, test } from 'vitest';
import { areaCounts, areaServices, coverageTable, groupByKind, levelCounts, totalCounts } from '@/lib/regions/coverage';
import { membership, type RegionRefsLike } from '@/lib/regions/catalog';
import type { Municipality } from '@/lib/regions/structure';

const m = (code: string, wellbeingArea: string, employmentArea: string): Municipality => ({
  code, name: code, nameSv: code, region: 'x', wellbeingArea, employmentArea,
});
// w1 = {001, 002} with e1 = {001} inside it and e2 = {002, 003} spanning into w2 = {003}
const members = membership([m('001', 'w1', 'e1'), m('002', 'w1', 'e2'), m('003', 'w2', 'e2')]);
const refs = (partial: Partial<RegionRefsLike>): RegionRefsLike => ({
  national: false, wellbeingAreas: [], employmentAreas: [], municipalities: [], ...partial,
});
const service = (id: string, kind: string, levels: string[], regions: RegionRefsLike, offerings: RegionRefsLike[] = []) => ({
  id, name: id.toUpperCase(), kind, status: 'established', staircaseLevels: levels, regions,
  offerings: offerings.map((o, i) => ({ id: `${id}-o${i}`, regions: o })),
});
const services = [
  service('kela', 'service', ['l1'], refs({ national: true })),
  // National, with an offering recorded in w1: there it counts as local.
  service('ohjelma', 'programme', ['l2'], refs({ national: true }), [refs({ wellbeingAreas: ['w1'] })]),
  service('paja', 'service', ['l1', 'l2'], refs({ municipalities: ['002'] })),
  service('malli', 'operating-model', [], refs({ employmentAreas: ['e2'] }), [refs({ municipalities: ['003'] })]),
  service('hanke', 'project', ['l2'], refs({ wellbeingAreas: ['w1'] })),
];
const areas = [{ id: 'w1', name: 'Alue 1' }, { id: 'w2', name: 'Alue 2' }];
const wellbeing = coverageTable(services, areas, members);

test('areaCounts: per area, the services recorded for all of it, part of it, and the national rest', () => {
  expect(areaCounts(wellbeing)).toEqual([
    { id: 'w1', name: 'Alue 1', full: 2, partial: 2, national: 1, local: 4, total: 5 },
    { id: 'w2', name: 'Alue 2', full: 1, partial: 0, national: 2, local: 1, total: 3 },
  ]);
});

test('the same table over employment areas (e2 spans both wellbeing areas)', () => {
  const employment = coverageTable(services, [{ id: 'e1', name: 'E1' }, { id: 'e2', name: 'E2' }], members, 'employment');
  expect(areaCounts(employment).map(({ id, full, partial, national }) => [id, full, partial, national])).toEqual([
    ['e1', 2, 0, 1], // hanke and ohjelma's w1 offering cover all of e1; kela
    ['e2', 1, 3, 1], // malli is named for e2; w1's services reach 002 only; kela
  ]);
});

describe('one area', () => {
  const rows = areaServices(wellbeing, 'w1');

  test('areaServices: whole area first, then part of it, then national; by name within each', () => {
    expect(rows.map((row) => `${row.id}:${row.reach}:${row.offerings}`)).toEqual([
      'hanke:full:0',
      'ohjelma:full:1',
      'malli:partial:0',
      'paja:partial:0',
      'kela:national:0',
    ]);
  });

  test('areaServices of an unknown area throws', () => {
    expect(() => areaServices(wellbeing, 'w9')).toThrow('w9');
  });

  test('groupByKind: the given order first, unknown kinds after it, empty kinds left out', () => {
    const groups = groupByKind(rows, ['service', 'operating-model', 'unused']);
    expect(groups.map((group) => [group.kind, group.rows.map((row) => row.id), group.counts.local, group.counts.total])).toEqual([
      ['service', ['paja', 'kela'], 1, 2],
      ['operating-model', ['malli'], 1, 1],
      ['programme', ['ohjelma'], 1, 1],
      ['project', ['hanke'], 1, 1],
    ]);
  });

  test('levelCounts: per level in the given order, a level with no service counted as zero', () => {
    expect(levelCounts(rows, ['l1', 'l2', 'l3']).map(({ level, counts }) => [level, counts.full, counts.partial, counts.national])).toEqual([
      ['l1', 0, 1, 1],
      ['l2', 2, 1, 0],
      ['l3', 0, 0, 0],
    ]);
  });

  test('totalCounts', () => {
    expect(totalCounts(rows)).toEqual({ full: 2, partial: 2, national: 1, local: 4, total: 5 });
  });
});
