/** The mökkikylä graph: who lives in which village, which cottage holds which service, which roads. */
import { describe, expect, test } from 'vitest';
import {
  appliesIn,
  buildVillage,
  inVillage,
  linksOf,
  roadsToShow,
  villageServiceIds,
  neighbourhoodOf,
  servicesForGroup,
  villageActors,
} from '@/lib/village/graph';
import { catalog, everywhere, inArea, national, refs } from './fixtures';

describe('appliesIn', () => {
  test.each([
    ['national refs, area village', national, inArea, true],
    ['own wellbeing area', refs({ wellbeingAreas: ['pohjois-karjala'] }), inArea, true],
    ['other wellbeing area', refs({ wellbeingAreas: ['varsinais-suomi'] }), inArea, false],
    ['partner employment area', refs({ employmentAreas: ['joensuun-seutu'] }), inArea, true],
    ['own municipality', refs({ municipalities: ['309'] }), inArea, true],
    ['other municipality', refs({ municipalities: ['146'] }), inArea, false],
    ['no refs, area village', undefined, inArea, false],
    ['anything, national village', refs({ wellbeingAreas: ['varsinais-suomi'] }), everywhere, true],
  ] as const)('%s → %s', (_name, regionRefs, scope, expected) => {
    expect(appliesIn(regionRefs, scope)).toBe(expected);
  });
});

test.each([
  ['sote', 'sote'],
  ['kela', 'kela-pension'],
  ['pension', 'kela-pension'],
  ['employer', 'private'],
  ['national', 'national'],
] as const)('an actor of kind %s lives in %s', (kind, expected) => {
  expect(neighbourhoodOf(kind)).toBe(expected);
});

describe('villageActors', () => {
  test.each([
    ['the national village has everyone', everywhere, ['kela', 'sote-keskus', 'siun-sote', 'varha', 'joensuu-tyo', 'ilomantsi-ry']],
    ['an area village has national, every-area and its own regional actors', inArea, ['kela', 'sote-keskus', 'siun-sote', 'joensuu-tyo']],
  ] as const)('%s', (_name, scope, expected) => {
    expect(villageActors(catalog.actors, scope).map((a) => a.id)).toEqual(expected);
  });
});

describe('buildVillage', () => {
  test('the area village: cottages, chips, roads', () => {
    const graph = buildVillage(catalog, inArea);
    expect(graph.cottages.map((c) => `${c.neighbourhood}/${c.actorId}: ${c.services.map((s) => s.id).join(', ')}`))
      .toMatchInlineSnapshot(`
        [
          "sote/siun-sote: ammatillinen-kuntoutus, tiimi",
          "sote/sote-keskus: ",
          "employment/joensuu-tyo: ",
          "kela-pension/kela: ammatillinen-kuntoutus",
        ]
      `);
    expect(graph.edges.map((e) => `${e.id} [${[...e.services, ...e.pathways].join(' ')}]`)).toMatchInlineSnapshot(`
      [
        "cooperation:actor:kela->actor:siun-sote [ammatillinen-kuntoutus tiimi polku]",
        "referral:actor:joensuu-tyo->actor:siun-sote [tiimi]",
        "referral:actor:kela->actor:sote-keskus [polku]",
        "referral:actor:siun-sote->actor:sote-keskus [polku]",
        "referral:actor:sote-keskus->actor:kela [polku]",
        "referral:actor:sote-keskus->actor:siun-sote [polku]",
        "self-referral:client->actor:siun-sote [tiimi]",
      ]
    `);
    expect(graph.unplaced.map((s) => s.id)).toEqual(['ilman-toimijaa']);
  });

  test('the national village holds every service somewhere and keeps regional ones to their hosts', () => {
    const graph = buildVillage(catalog, everywhere);
    const holders = Object.fromEntries(graph.cottages.map((c) => [c.actorId, c.services.map((s) => s.id)]));
    expect(holders['varha']).toEqual(['konsultaatio']);
    expect(holders['siun-sote']).toEqual(['ammatillinen-kuntoutus', 'tiimi']);
    expect(graph.edges.some((e) => e.id === 'referral:actor:kela->actor:varha')).toBe(true);
  });

  test('is deterministic and copes with an empty catalogue', () => {
    expect(buildVillage(catalog, inArea)).toEqual(buildVillage(structuredClone(catalog), inArea));
    const empty = buildVillage({ actors: [], services: [], pathways: [] }, everywhere);
    expect(empty).toEqual({ cottages: [], square: { kind: 'square', id: 'client' }, edges: [], unplaced: [] });
  });

  test('linksOf and servicesForGroup answer from the graph', () => {
    const graph = buildVillage(catalog, inArea);
    const links = linksOf(graph, 'actor:siun-sote');
    expect({
      refersTo: links.refersTo.length,
      referredFrom: links.referredFrom.length,
      cooperates: links.cooperates.length,
      clientComes: links.clientComes,
    }).toEqual({ refersTo: 1, referredFrom: 2, cooperates: 1, clientComes: true });
    expect([...servicesForGroup(graph, 'nuoret')]).toEqual(['ammatillinen-kuntoutus']);
    expect([...servicesForGroup(graph, undefined)]).toEqual([]);
  });

  test.each([
    [{ kind: 'actor', id: 'siun-sote' }, true],
    [{ kind: 'actor', id: 'varha' }, false],
    [{ kind: 'service', id: 'ilman-toimijaa' }, true],
    [{ kind: 'service', id: 'konsultaatio' }, false],
  ] as const)('inVillage(%o) in the area village → %s', (item, expected) => {
    expect(inVillage(buildVillage(catalog, inArea), item)).toBe(expected);
  });

  test('villageServiceIds counts each service once', () => {
    expect([...villageServiceIds(buildVillage(catalog, inArea))].sort()).toEqual(['ammatillinen-kuntoutus', 'ilman-toimijaa', 'tiimi']);
  });
});

describe('roadsToShow', () => {
  const graph = buildVillage(catalog, inArea);
  const coop = 'cooperation:actor:kela->actor:siun-sote';
  const self = 'self-referral:client->actor:siun-sote';
  test.each([
    ['no focus: only the client\'s own roads', null, false, [self], []],
    ['a cottage adds all its roads', { kind: 'actor', nodeId: 'actor:kela' }, false, [coop, 'referral:actor:kela->actor:sote-keskus', 'referral:actor:sote-keskus->actor:kela', self], [coop, 'referral:actor:kela->actor:sote-keskus', 'referral:actor:sote-keskus->actor:kela']],
    ['a service marks its roads', { kind: 'service', id: 'tiimi' }, false, [coop, 'referral:actor:joensuu-tyo->actor:siun-sote', self], [coop, 'referral:actor:joensuu-tyo->actor:siun-sote', self]],
    ['all roads on request', null, true, graph.edges.map((edge) => edge.id), []],
  ] as const)('%s', (_name, focus, all, drawn, focused) => {
    const roads = roadsToShow(graph, focus, all);
    expect(roads.map((road) => road.edge.id)).toEqual(drawn);
    expect(roads.filter((road) => road.focused).map((road) => road.edge.id)).toEqual(focused);
  });
});
