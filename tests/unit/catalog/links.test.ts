import { describe, expect, test } from 'vitest';
import { criteriaForService, nameLookup, pathwaysForService, servicesOfActor, servicesOfRole, stepsOfService } from '@/lib/catalog/links';

const services = [
  { id: 'tiimi', name: 'Tiimi', actors: [{ actor: 'kela', role: 'partner' }], roles: ['koordinaattori'], offerings: [] },
  { id: 'ips', name: 'IPS', actors: [], roles: [], offerings: [{ provider: 'kela' }] },
  { id: 'ktt', name: 'KTT', actors: [], roles: ['koordinaattori'], offerings: [] },
];

describe('reverse links', () => {
  test('an actor appears through its service role or as an offering provider', () => {
    expect(servicesOfActor(services, 'kela').map((s) => s.id)).toEqual(['tiimi', 'ips']);
  });

  test('a role appears in the services that name it', () => {
    expect(servicesOfRole(services, 'koordinaattori').map((s) => s.id)).toEqual(['tiimi', 'ktt']);
  });

  test('criteria lists point at services through appliesTo', () => {
    const lists = [{ id: 'a', appliesTo: ['tiimi'] }, { id: 'b', appliesTo: ['ips', 'tiimi'] }, { id: 'c', appliesTo: [] }];
    expect(criteriaForService(lists, 'tiimi').map((c) => c.id)).toEqual(['a', 'b']);
  });

  test('pathways name a service overall or in a step', () => {
    const pathways = [
      { id: 'p1', services: ['tiimi'], steps: [] },
      { id: 'p2', services: [], steps: [{ services: [] }, { services: ['tiimi'] }] },
      { id: 'p3', services: ['ips'], steps: [{ services: ['ktt'] }] },
    ];
    expect(pathwaysForService(pathways, 'tiimi').map((p) => p.id)).toEqual(['p1', 'p2']);
  });

  test('steps of a service carry the ladder title and their place on it', () => {
    const ladders = [{ title: 'Portaat', levels: [{ id: 'ala' }, { id: 'keski' }, { id: 'yla' }] }];
    expect(stepsOfService(ladders, ['keski'])).toEqual([{ id: 'keski', ladder: 'Portaat', step: 2, of: 3 }]);
  });

  test('nameLookup falls back to the id', () => {
    const name = nameLookup([{ id: 'a', name: 'A' }, { id: 'b', title: 'B' }]);
    expect([name('a'), name('b'), name('c')]).toEqual(['A', 'B', 'c']);
  });
});
