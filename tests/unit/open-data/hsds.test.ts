/**
 * The HSDS 3.0 export (src/lib/open-data/hsds.ts): every object of the real catalogue validates
 * against the standard's JSON schemas (src/content-check/hsds-3.0/), every service and actor
 * appears once with the id derived from ours, and the pieces read content as the tables say.
 */
import { describe, expect, test } from 'vitest';
import { validateHsds } from '@/content-check/hsds';
import {
  applicationProcess,
  eligibilityDescription,
  hsdsExport,
  hsdsId,
  hsdsStatus,
  serviceAges,
  serviceAreaRefs,
  serviceOrganization,
  siteNamespace,
  type HsdsInput,
} from '@/lib/open-data/hsds';
import { isUuid, NAMESPACE_URL, uuidV5 } from '@/lib/open-data/uuid';
import { SITE_URL } from '@/lib/site';
import { list, problems } from './real-content';

const input: HsdsInput = {
  siteUrl: SITE_URL,
  services: list('services'),
  actors: list('actors'),
  criteria: list('criteria'),
  targetGroups: list('targetGroups'),
  situations: list('situations'),
  staircases: list('staircases'),
  municipalities: list('municipalities'),
  wellbeingAreas: list('wellbeingAreas'),
  employmentAreas: list('employmentAreas'),
};
const exported = hsdsExport(input);
// What a consumer reads: the JSON text the endpoints write, parsed back.
const files = JSON.parse(JSON.stringify(exported)) as typeof exported;

describe('the real catalogue as HSDS 3.0', () => {
  test('the content passes the content gate', () => {
    expect(problems).toEqual([]);
  });

  test('every exported object validates against the HSDS 3.0 schemas', () => {
    const result = validateHsds(files);
    expect(result.problems).toEqual([]);
    expect(result.counts.services).toBe(input.services.length);
    expect(result.counts.organizations).toBe(input.actors.length);
    expect(result.counts.taxonomyTerms).toBeGreaterThan(100);
  });

  test('round trip: every service once, with the id derived from ours, and back', () => {
    expect(files.services.map((s) => s.id)).toEqual(input.services.map((s) => hsdsId(SITE_URL, 'service', s.id)));
    expect(files.services.map((s) => s.name)).toEqual(input.services.map((s) => s.name));
    const back = new Map(input.services.map((s) => [hsdsId(SITE_URL, 'service', s.id), s.id]));
    expect(new Set(files.services.map((s) => back.get(s.id))).size).toBe(input.services.length);
  });

  test('round trip: every actor once as an organization, with the id derived from ours', () => {
    expect(files.organizations.map((o) => o.id)).toEqual(input.actors.map((a) => hsdsId(SITE_URL, 'organization', a.id)));
    expect(files.organizations.map((o) => o.uri)).toEqual(input.actors.map((a) => `${SITE_URL}/toimijat/${a.id}/`));
  });

  test('every id in the export is a UUID and none is used twice', () => {
    const ids: string[] = [];
    const walk = (node: unknown, key?: string): void => {
      if (Array.isArray(node)) node.forEach((item) => walk(item));
      else if (typeof node === 'object' && node !== null) {
        // A nested taxonomy term is the same object as in taxonomy_terms.json: count it there.
        if (key === 'taxonomy_term') return;
        for (const [k, v] of Object.entries(node)) {
          if (k === 'id' && typeof v === 'string') ids.push(v);
          else walk(v, k);
        }
      }
    };
    walk(files);
    expect(ids.every(isUuid)).toBe(true);
    expect(ids.length - new Set(ids).size).toBe(0);
  });

  test('the same content gives the same ids (nothing depends on the clock or the order of a run)', () => {
    expect(JSON.stringify(hsdsExport(input))).toBe(JSON.stringify(exported));
  });

  test('every service links to an organization that is in the export', () => {
    const organizations = new Set(files.organizations.map((o) => o.id));
    for (const service of files.services) if (service.organization_id !== undefined) expect(organizations.has(service.organization_id), service.name).toBe(true);
    expect(files.services.filter((s) => s.organization_id !== undefined).length).toBeGreaterThan(input.services.length * 0.9);
  });

  test('every attribute points at a term of taxonomy_terms.json, and terms at taxonomies', () => {
    const terms = new Set(files.taxonomyTerms.map((term) => term.id));
    const taxonomies = new Set(files.taxonomies.map((taxonomy) => taxonomy.id));
    for (const service of files.services) for (const attribute of service.attributes) expect(terms.has(attribute.taxonomy_term_id)).toBe(true);
    for (const term of files.taxonomyTerms) expect(taxonomies.has(term.taxonomy_id)).toBe(true);
  });

  test('ages where content knows them: Nuoren kuntoutusraha 16–19, Ohjaamo under 30', () => {
    const byId = (id: string) => files.services.find((s) => s.id === hsdsId(SITE_URL, 'service', id));
    expect([byId('nuoren-kuntoutusraha')?.minimum_age, byId('nuoren-kuntoutusraha')?.maximum_age]).toEqual([16, 19]);
    expect([byId('ohjaamo-palvelu')?.minimum_age, byId('ohjaamo-palvelu')?.maximum_age]).toEqual([undefined, 29]);
    // Kuntouttava työtoiminta names ages only together with other conditions: no age bounds.
    expect(byId('kuntouttava-tyotoiminta')?.maximum_age).toBeUndefined();
  });

  test('areas: wellbeing and employment areas as URIs on the site, municipalities with their codes', () => {
    const areas = files.services.flatMap((s) => s.service_areas);
    expect(areas.some((a) => a.uri?.startsWith(`${SITE_URL}/alueet/hyvinvointialueet/`))).toBe(true);
    const municipality = areas.find((a) => a.attributes !== undefined && a.attributes.length > 0);
    expect(municipality?.attributes?.[0]?.taxonomy_term.code).toMatch(/^\d{3}$/);
  });
});

describe('ids', () => {
  test('the namespace is UUID v5 of the site address in the URL namespace', () => {
    expect(siteNamespace('https://palvelukyla.example')).toBe(uuidV5(NAMESPACE_URL, 'https://palvelukyla.example/'));
    expect(siteNamespace('https://palvelukyla.example/')).toBe(siteNamespace('https://palvelukyla.example'));
  });

  test('a kind and our id name one object; another site gives other ids', () => {
    expect(hsdsId('https://a.example', 'service', 'ips')).toBe(hsdsId('https://a.example', 'service', 'ips'));
    expect(hsdsId('https://a.example', 'service', 'ips')).not.toBe(hsdsId('https://a.example', 'organization', 'ips'));
    expect(hsdsId('https://a.example', 'service', 'ips')).not.toBe(hsdsId('https://b.example', 'service', 'ips'));
  });
});

describe('pieces', () => {
  test.each([
    ['established', 'active'],
    ['pilot', 'active'],
    ['proposal', 'inactive'],
    ['ended', 'defunct'],
  ] as const)('status %s → %s', (status, hsds) => {
    expect(hsdsStatus(status)).toBe(hsds);
  });

  test.each([
    [[{ actor: 'kela', role: 'partner' }, { actor: 'sote', role: 'organiser' }], [], 'sote'],
    [[{ actor: 'kela', role: 'partner' }, { actor: 'tuottaja', role: 'producer' }], [], 'tuottaja'],
    [[{ actor: 'kela', role: 'partner' }], [{ provider: 'siun-sote' }], 'siun-sote'],
    [[{ actor: 'kela', role: 'referrer' }], [], 'kela'],
    [[], [], undefined],
  ])('organization of actors %j and offerings %j: %s', (actors, offerings, expected) => {
    expect(serviceOrganization({ actors, offerings: offerings.map((o) => ({ ...o, regions: { national: true, wellbeingAreas: [], employmentAreas: [], municipalities: [] } })) })).toBe(expected);
  });

  test('the application process from the referral route, one line per known field', () => {
    expect(
      applicationProcess({ whoRefers: ['sosiaalityöntekijä', 'työkykykoordinaattori'], whoDecides: 'Kela', prerequisites: ['B-lausunto'], selfReferral: false, notes: 'Haku jatkuvasti.' }),
    ).toBe('Kuka ohjaa: sosiaalityöntekijä, työkykykoordinaattori\nKuka päättää: Kela\nEdellytykset: B-lausunto\nVoiko hakeutua itse: Ei\nLisätietoja: Haku jatkuvasti.');
    expect(applicationProcess(undefined)).toBeUndefined();
    expect(applicationProcess({ whoRefers: [], prerequisites: [] })).toBeUndefined();
  });

  const criteria: HsdsInput['criteria'] = [
    {
      id: 'kenelle',
      title: 'Kenelle palvelu',
      kind: 'referral-guideline',
      appliesTo: ['palvelu'],
      items: [
        { text: 'Nuori on 16–29-vuotias.', force: 'required', situations: ['ika-16-29'] },
        { text: 'Alle 25-vuotias työmarkkinatuella.', force: 'required', situations: ['alle-25', 'tyomarkkinatuki'] },
        { text: 'Ei akuuttia päihdeongelmaa.', force: 'excludes', situations: [] },
      ],
    },
    { id: 'toinen', title: 'Toinen', kind: 'referral-guideline', appliesTo: ['muu'], items: [{ text: 'Alle 25.', force: 'required', situations: ['alle-25'] }] },
    { id: 'muistilista', title: 'Muistilista', kind: 'checklist', appliesTo: ['palvelu'], items: [{ text: 'Alle 25.', force: 'required', situations: ['alle-25'] }] },
  ];
  const situations: HsdsInput['situations'] = [
    { id: 'ika-16-29', label: '16–29', ages: { min: 16, max: 29 } },
    { id: 'alle-25', label: 'alle 25', ages: { max: 24 } },
    { id: 'tyomarkkinatuki', label: 'työmarkkinatuki' },
  ];

  test('eligibility lists the items of every referral guideline that applies, with their force (a checklist is not eligibility)', () => {
    expect(eligibilityDescription('palvelu', criteria)).toBe(
      'Kenelle palvelu:\n- Edellytys: Nuori on 16–29-vuotias.\n- Edellytys: Alle 25-vuotias työmarkkinatuella.\n- Ei sovi: Ei akuuttia päihdeongelmaa.',
    );
    expect(eligibilityDescription('ei-kriteereja', criteria)).toBeUndefined();
  });

  test('ages come from required guideline items that are about age alone, narrowed when there are several', () => {
    expect(serviceAges('palvelu', criteria, situations)).toEqual({ min: 16, max: 29 });
    expect(serviceAges('muu', criteria, situations)).toEqual({ max: 24 });
    expect(serviceAges('muu', [...criteria, { id: 'k', title: 'k', kind: 'referral-guideline', appliesTo: ['muu'], items: [{ text: '16–29', force: 'required', situations: ['ika-16-29'] }] }], situations)).toEqual({ min: 16, max: 24 });
    expect(serviceAges('ei-kriteereja', criteria, situations)).toEqual({});
  });

  test('areas of the service and its offerings, each once, national first', () => {
    const none = { national: false, wellbeingAreas: [], employmentAreas: [], municipalities: [] };
    const refs = serviceAreaRefs({
      regions: { ...none, wellbeingAreas: ['pohjois-karjala'] },
      offerings: [
        { provider: 'a', regions: { ...none, municipalities: ['167'], wellbeingAreas: ['pohjois-karjala'] } },
        { provider: 'b', regions: { ...none, national: true } },
      ],
    });
    expect(refs).toEqual([{ kind: 'national' }, { kind: 'wellbeing', id: 'pohjois-karjala' }, { kind: 'municipality', id: '167' }]);
  });
});

describe('the validator', () => {
  const service = files.services[0]!;

  test('rejects what the standard rejects: a bad UUID, an unknown status, a missing name', () => {
    const { name: _, ...nameless } = service;
    const result = validateHsds({
      services: [{ ...service, id: 'palvelu-1' }, { ...service, status: 'open' }, nameless],
      organizations: [],
      taxonomies: [],
      taxonomyTerms: [],
    });
    expect(result.problems.map((p) => `${p.path} ${p.message}`)).toEqual([
      '/id must match format "uuid"',
      '/status must be equal to one of the allowed values (active,inactive,defunct,temporarily closed)',
      " must have required property 'name'",
    ]);
  });

  test('checks nested objects through the schemas\' references (service area → attribute → metadata)', () => {
    const broken = { ...service, service_areas: [{ id: 'ei-uuid' }], metadata: [{ id: service.id }] };
    const messages = validateHsds({ services: [broken], organizations: [], taxonomies: [], taxonomyTerms: [] }).problems.map((p) => p.path);
    expect(messages).toContain('/service_areas/0/id');
    expect(messages).toContain('/metadata/0');
  });
});
