import { describe, expect, test } from 'vitest';
import { catalogSections, decodeAreas, encodeAreas, filterText, matchesCatalogFilter, serviceAreas, type FilterableService } from '@/lib/catalog/list';
import { membership } from '@/lib/regions/catalog';
import type { Standing } from '@/lib/catalog/standing';
import type { ServiceKind } from '@/schemas/enums';

type Item = Standing & { kind: ServiceKind };
const item = (id: string, kind: ServiceKind, fields: Partial<Item> = {}): Item => ({ id, name: id, status: 'established', kind, ...fields });

describe('catalogSections', () => {
  test('lasting first, then the temporary group; kinds in their order, empty kinds left out', () => {
    const sections = catalogSections([
      item('tiimi', 'operating-model'),
      item('kuntouttava', 'service', { permanence: 'statutory' }),
      item('hanke', 'project', { status: 'pilot', permanence: 'project' }),
      item('ohjelma', 'programme', { status: 'ended' }),
    ]);
    expect(sections.map((s) => [s.group, s.count, s.kinds.map((k) => [k.kind, k.services.map((x) => x.id)])])).toEqual([
      ['lasting', 2, [['service', ['kuntouttava']], ['operating-model', ['tiimi']]]],
      ['temporary', 2, [['programme', ['ohjelma']], ['project', ['hanke']]]],
    ]);
  });
});

describe('matchesCatalogFilter', () => {
  const ips: FilterableService = { text: filterText({ name: 'IPS – sijoita ja valmenna', summary: 'Mielenterveyden häiriöön sairastunut…', keywords: ['työhönvalmennus'] }), targetGroups: ['mielenterveyskuntoutujat'], areas: ['pohjois-savo', 'varsinais-suomi'] };
  const kela: FilterableService = { text: filterText({ name: 'Ammatillinen kuntoutus', summary: 'Kelan kuntoutus.' }), targetGroups: ['osatyokykyiset'], areas: 'national' };
  const none = { query: '', targetGroup: '', area: '' };

  test.each([
    ['no choice: everything', ips, none, true],
    ['a word of the name, any case and without ä', ips, { ...none, query: 'SIJOITA' }, true],
    ['a keyword', ips, { ...none, query: 'tyohonvalmennus' }, true],
    ['two words, both present', ips, { ...none, query: 'ips häiriö' }, true],
    ['two words, one missing', ips, { ...none, query: 'ips kela' }, false],
    ['the target group', ips, { ...none, targetGroup: 'mielenterveyskuntoutujat' }, true],
    ['another target group', ips, { ...none, targetGroup: 'nuoret' }, false],
    ['an area where it runs', ips, { ...none, area: 'pohjois-savo' }, true],
    ['an area where it does not', ips, { ...none, area: 'lappi' }, false],
    ['a national service is in every area', kela, { ...none, area: 'lappi' }, true],
  ] as const)('%s', (_, service, filter, expected) => {
    expect(matchesCatalogFilter(service, filter)).toBe(expected);
  });
});

describe('serviceAreas', () => {
  const members = membership([
    { code: '001', name: 'A', nameSv: 'A', region: 'R', wellbeingArea: 'wb-a', employmentArea: 'ea-1' },
    { code: '002', name: 'B', nameSv: 'B', region: 'R', wellbeingArea: 'wb-a', employmentArea: 'ea-2' },
    { code: '003', name: 'C', nameSv: 'C', region: 'S', wellbeingArea: 'wb-b', employmentArea: 'ea-2' },
    { code: '004', name: 'D', nameSv: 'D', region: 'T', wellbeingArea: 'wb-c', employmentArea: 'ea-3' },
  ]);
  const ids = ['wb-a', 'wb-b', 'wb-c'];
  const refs = (fields: Partial<{ national: boolean; wellbeingAreas: string[]; employmentAreas: string[]; municipalities: string[] }>) => ({
    national: false,
    wellbeingAreas: [],
    employmentAreas: [],
    municipalities: [],
    ...fields,
  });

  test.each([
    ['national', refs({ national: true }), [], 'national'],
    ['a national offering makes it national', refs({}), [refs({ national: true })], 'national'],
    ['an employment area reaches two wellbeing areas', refs({ employmentAreas: ['ea-2'] }), [], ['wb-a', 'wb-b']],
    ['offerings add their areas', refs({ wellbeingAreas: ['wb-c'] }), [refs({ municipalities: ['001'] })], ['wb-a', 'wb-c']],
    ['nowhere named', refs({}), [], []],
  ] as const)('%s', (_, regions, offerings, expected) => {
    expect(serviceAreas({ regions, offerings: offerings.map((r) => ({ regions: r })) }, members, ids)).toEqual(expected);
  });

  test('the data attribute round trip', () => {
    for (const areas of ['national', ['wb-a', 'wb-b'], []] as const) expect(decodeAreas(encodeAreas(areas))).toEqual(areas);
  });
});
