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
  type VillageActor,
  type VillageArea,
  type VillageCatalog,
  type VillageScope,
  type VillageService,
} from '@/lib/village/graph';
import { villageAreas } from '@/lib/village/regions';
import { parseRegionParam, regionSearch } from '@/lib/village/url-state';
import { borderPoint, cottageSize, initialFit, villageFlow } from '@/lib/village/flow';
import type { RegionTables } from '@/lib/regions/structure';
import type { RegionRefs } from '@/schemas/shared';

const national: RegionRefs = { national: true, wellbeingAreas: [], employmentAreas: [], municipalities: [] };
const refs = (r: Partial<Omit<RegionRefs, 'national'>>): RegionRefs => ({
  national: false,
  wellbeingAreas: [],
  employmentAreas: [],
  municipalities: [],
  ...r,
});

const area: VillageArea = {
  id: 'pohjois-karjala',
  name: 'Pohjois-Karjalan hyvinvointialue',
  municipalities: ['167', '309'],
  employmentAreas: [{ id: 'joensuun-seutu', name: 'Joensuun seudun työllisyysalue' }],
};
const inArea: VillageScope = { kind: 'wellbeing-area', area };
const everywhere: VillageScope = { kind: 'national' };

const actor = (id: string, kind: VillageActor['kind'], scope: VillageActor['scope'], regions?: RegionRefs): VillageActor => ({
  id,
  name: id.toUpperCase(),
  kind,
  scope,
  regions,
  description: '',
});
const service = (id: string, fields: Partial<VillageService>): VillageService => ({
  id,
  name: id,
  kind: 'service',
  summary: '',
  targetGroups: [],
  actors: [],
  regions: national,
  offerings: [],
  ...fields,
});

const catalog: VillageCatalog = {
  actors: [
    actor('kela', 'kela', 'national'),
    actor('sote-keskus', 'sote', 'every-wellbeing-area'),
    actor('siun-sote', 'sote', 'regional', refs({ wellbeingAreas: ['pohjois-karjala'] })),
    actor('varha', 'sote', 'regional', refs({ wellbeingAreas: ['varsinais-suomi'] })),
    actor('joensuu-tyo', 'employment', 'regional', refs({ employmentAreas: ['joensuun-seutu'] })),
    actor('ilomantsi-ry', 'ngo', 'regional', refs({ municipalities: ['146'] })),
  ],
  services: [
    service('tiimi', {
      targetGroups: ['osatyokykyiset'],
      regions: refs({ wellbeingAreas: ['pohjois-karjala'] }),
      actors: [
        { actor: 'siun-sote', role: 'organiser' },
        { actor: 'kela', role: 'partner' },
        { actor: 'joensuu-tyo', role: 'referrer' },
      ],
      referral: { whoRefers: [], selfReferral: true },
    }),
    service('konsultaatio', {
      regions: refs({ wellbeingAreas: ['varsinais-suomi'] }),
      actors: [{ actor: 'varha', role: 'organiser' }],
    }),
    service('ammatillinen-kuntoutus', {
      targetGroups: ['osatyokykyiset', 'nuoret'],
      actors: [{ actor: 'kela', role: 'organiser' }],
      offerings: [{ provider: 'siun-sote', regions: refs({ municipalities: ['167'] }) }],
    }),
    service('ilman-toimijaa', {}),
  ],
  pathways: [
    {
      id: 'polku',
      title: 'Polku',
      steps: [
        { id: 'a', actors: ['sote-keskus'] },
        { id: 'b', actors: ['siun-sote', 'kela'], next: [{ to: 'a' }, { to: 'c' }] },
        { id: 'c', actors: ['varha'] },
      ],
    },
  ],
};

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
  test.each([
    ['no focus: no cooperation roads', null, false, [], []],
    ['a cottage shows its cooperation', { kind: 'actor', nodeId: 'actor:kela' }, false, [coop], [coop, 'referral:actor:kela->actor:sote-keskus', 'referral:actor:sote-keskus->actor:kela']],
    ['a service marks its roads', { kind: 'service', id: 'tiimi' }, false, [coop], [coop, 'referral:actor:joensuu-tyo->actor:siun-sote', 'self-referral:client->actor:siun-sote']],
    ['all cooperation on request', null, true, [coop], []],
  ] as const)('%s', (_name, focus, all, cooperation, focused) => {
    const roads = roadsToShow(graph, focus, all);
    const ids = roads.map((road) => road.edge.id);
    expect(ids.filter((id) => id.startsWith('cooperation'))).toEqual(cooperation);
    // Referral and self-referral roads are always drawn.
    expect(ids.filter((id) => !id.startsWith('cooperation'))).toHaveLength(6);
    expect(roads.filter((road) => road.focused).map((road) => road.edge.id)).toEqual(focused);
  });
});

describe('village regions', () => {
  const tables = {
    municipalities: [
      { code: '167', wellbeingArea: 'pohjois-karjala', employmentArea: 'joensuun-seutu' },
      { code: '309', wellbeingArea: 'pohjois-karjala', employmentArea: 'outokumpu' },
      { code: '320', wellbeingArea: 'pohjois-karjala', employmentArea: 'outokumpu' },
      { code: '853', wellbeingArea: 'varsinais-suomi', employmentArea: 'turku' },
    ],
    wellbeingAreas: [
      { id: 'varsinais-suomi', name: 'Varsinais-Suomen hyvinvointialue' },
      { id: 'pohjois-karjala', name: 'Pohjois-Karjalan hyvinvointialue' },
    ],
    employmentAreas: [
      { id: 'turku', name: 'Turku' },
      { id: 'joensuun-seutu', name: 'Joensuun seutu' },
      { id: 'outokumpu', name: 'Outokumpu' },
    ],
  } as unknown as RegionTables;

  test('areas come sorted by name, with their municipalities and partner employment areas (most shared first)', () => {
    expect(villageAreas(tables).map((a) => `${a.id}: ${a.municipalities.join(' ')} | ${a.employmentAreas.map((e) => e.name).join(', ')}`)).toEqual([
      'pohjois-karjala: 167 309 320 | Outokumpu, Joensuun seutu',
      'varsinais-suomi: 853 | Turku',
    ]);
  });
});

describe('the URL', () => {
  const ids = ['pohjois-karjala', 'varsinais-suomi'];
  test.each([
    ['', { kind: 'national' }],
    ['?alue=', { kind: 'national' }],
    ['?alue=pohjois-karjala', { kind: 'area', id: 'pohjois-karjala' }],
    ['?alue=Pohjois-Karjala', { kind: 'area', id: 'pohjois-karjala' }],
    ['?alue=lappi', { kind: 'unknown', value: 'lappi' }],
    ['?alue=%3Cscript%3E', { kind: 'unknown', value: '<script>' }],
  ])('%s', (search, expected) => {
    expect(parseRegionParam(search, ids)).toEqual(expected);
  });

  test.each([
    ['', 'pohjois-karjala', '?alue=pohjois-karjala'],
    ['?alue=lappi&x=1', undefined, '?x=1'],
    ['?alue=lappi', undefined, ''],
  ])('regionSearch(%s, %s) → %s', (search, id, expected) => {
    expect(regionSearch(search, id)).toBe(expected);
  });
});

describe('village-flow', () => {
  test.each([
    [0, 116],
    [2, 188],
    [6, 332],
    [7, 368],
    [40, 368],
  ])('a cottage with %i services is %i px tall', (services, height) => {
    expect(cottageSize(services)).toEqual({ width: 248, height });
  });

  test.each([
    ['right', { x: 200, y: 0, width: 100, height: 100 }, { x: 104, y: 50 }],
    ['below', { x: 0, y: 300, width: 100, height: 100 }, { x: 50, y: 104 }],
    ['diagonal', { x: 300, y: 300, width: 100, height: 100 }, { x: 104, y: 104 }],
  ])('borderPoint towards a box %s', (_name, to, expected) => {
    expect(borderPoint({ x: 0, y: 0, width: 100, height: 100 }, to)).toEqual(expected);
  });

  test.each([
    ['a small village is shown whole', { width: 900, height: 500 }, { padding: 0.04, minZoom: 0.75 }],
    ['a big one opens at the square', { width: 4000, height: 3000 }, { padding: 0.04, minZoom: 0.75, maxZoom: 0.75, nodes: [{ id: 'client' }] }],
  ])('initialFit: %s', (_name, bounds, expected) => {
    expect(initialFit(bounds, { width: 1200, height: 720 })).toEqual(expected);
  });

  test('every edge connects existing nodes and nodes declare their size', () => {
    const flow = villageFlow(buildVillage(catalog, everywhere), (edge) => edge.id);
    const ids = new Set(flow.nodes.map((node) => node.id));
    for (const edge of flow.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    for (const node of flow.nodes) expect(node.width! > 0 && node.height! > 0).toBe(true);
    expect(flow.nodes.map((node) => node.type)).toEqual([
      'neighbourhood',
      'neighbourhood',
      'neighbourhood',
      'neighbourhood',
      'square',
      'cottage',
      'cottage',
      'cottage',
      'cottage',
      'cottage',
      'cottage',
    ]);
  });
});
