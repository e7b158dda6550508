import { describe, expect, test } from 'vitest';
import { catalogGroup, endedNotice, groupCatalog, permanenceBadge, showsStatus, type Standing } from '@/lib/catalog/standing';

const service = (id: string, fields: Partial<Standing> = {}): Standing => ({ id, name: id, status: 'established', ...fields });

describe('permanenceBadge', () => {
  test.each([
    ['statutory', service('a', { permanence: 'statutory' }), { kind: 'statutory' }],
    ['permanent', service('a', { permanence: 'permanent', years: '2019–' }), { kind: 'permanent' }],
    ['project with years', service('a', { permanence: 'project', status: 'pilot', years: '2022–2024' }), { kind: 'project', years: '2022–2024' }],
    ['project without years', service('a', { permanence: 'project', status: 'pilot' }), { kind: 'project' }],
    ['unknown', service('a'), undefined],
  ] as const)('%s', (_, input, badge) => {
    expect(permanenceBadge(input)).toEqual(badge);
  });
});

describe('showsStatus', () => {
  test.each([
    ['no permanence: the status is all there is', service('a', { status: 'pilot' }), true],
    ['statutory and running', service('a', { permanence: 'statutory' }), false],
    ['project pilot', service('a', { permanence: 'project', status: 'pilot' }), false],
    ['statutory but ended', service('a', { permanence: 'statutory', status: 'ended' }), true],
    ['proposal', service('a', { permanence: 'project', status: 'proposal' }), true],
  ] as const)('%s', (_, input, shown) => {
    expect(showsStatus(input)).toBe(shown);
  });
});

describe('endedNotice', () => {
  test('an ended service names its years and successors', () => {
    expect(endedNotice(service('typ', { status: 'ended', years: '2015–2024', replacedBy: ['tym'] }))).toEqual({ years: '2015–2024', replacedBy: ['tym'] });
  });
  test('an ended service without successors still says it ended', () => {
    expect(endedNotice(service('x', { status: 'ended' }))).toEqual({ years: undefined, replacedBy: [] });
  });
  test('a running service has no notice', () => {
    expect(endedNotice(service('ktt', { permanence: 'statutory' }))).toBeUndefined();
  });
});

describe('catalogGroup', () => {
  test.each([
    ['statutory', service('a', { permanence: 'statutory' }), 'lasting'],
    ['permanent', service('a', { permanence: 'permanent' }), 'lasting'],
    ['established without permanence', service('a'), 'lasting'],
    ['project', service('a', { permanence: 'project' }), 'temporary'],
    ['pilot', service('a', { status: 'pilot' }), 'temporary'],
    ['proposal', service('a', { status: 'proposal' }), 'temporary'],
    ['ended statutory', service('a', { permanence: 'statutory', status: 'ended' }), 'temporary'],
  ] as const)('%s → %s', (_, input, group) => {
    expect(catalogGroup(input)).toBe(group);
  });
});

describe('groupCatalog', () => {
  test('lasting services first by name; then running projects, then ended ones', () => {
    const groups = groupCatalog([
      service('typ', { name: 'TYP', permanence: 'statutory', status: 'ended' }),
      service('palkkatuki', { name: 'Palkkatuki', permanence: 'statutory' }),
      service('ips', { name: 'IPS', status: 'pilot', permanence: 'project' }),
      service('akaa', { name: 'Ääneen luku', status: 'pilot' }),
      service('tiimi', { name: 'Työkyvyn tuen tiimi' }),
      service('ohjaamo', { name: 'Ohjaamo', permanence: 'permanent' }),
      service('vanha', { name: 'Aikuiskokeilu', status: 'ended' }),
    ]);
    expect(groups.map((g) => [g.group, g.services.map((s) => s.id)])).toEqual([
      ['lasting', ['ohjaamo', 'palkkatuki', 'tiimi']],
      ['temporary', ['ips', 'akaa', 'vanha', 'typ']],
    ]);
  });

  test('an empty group is left out', () => {
    expect(groupCatalog([service('a', { permanence: 'statutory' })]).map((g) => g.group)).toEqual(['lasting']);
    expect(groupCatalog([])).toEqual([]);
  });
});
