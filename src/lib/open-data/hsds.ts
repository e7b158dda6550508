/**
 * The catalogue as Open Referral's Human Services Data Specification (HSDS) 3.0: actors become
 * organizations, services become services with eligibility (from criteria), ages (from the
 * situations criteria require), the application process (from the referral route), service areas
 * (from the service's regions and its offerings) and attributes that link them to our
 * classifications (target groups, client situations, staircase levels), each term with a stable
 * URI on the site. Ids are UUID v5 of our own ids in a namespace of the site, so they stay the
 * same from build to build.
 *
 * Pure: src/data passes the content in (src/pages/data/hsds/*.json.ts), and the tests validate
 * the result against the HSDS 3.0 JSON schemas (src/content-check/hsds.ts).
 */
import { label, t } from '../../i18n/ui.ts';
import { routes } from '../routes.ts';
import { NAMESPACE_URL, uuidV5 } from './uuid.ts';

// ---- input: the content fields the export reads (structural, so tests can pass literals) ----

interface RegionRefsIn {
  national: boolean;
  wellbeingAreas: readonly string[];
  employmentAreas: readonly string[];
  municipalities: readonly string[];
}

export interface HsdsServiceIn {
  id: string;
  name: string;
  status: string;
  summary: string;
  description: readonly string[];
  targetGroups: readonly string[];
  actors: readonly { actor: string; role: string }[];
  staircaseLevels: readonly string[];
  regions: RegionRefsIn;
  offerings: readonly { provider: string; regions: RegionRefsIn }[];
  referral?:
    | {
        whoRefers: readonly string[];
        whoDecides?: string | undefined;
        prerequisites: readonly string[];
        howToApply?: string | undefined;
        form?: string | undefined;
        consent?: string | undefined;
        selfReferral?: boolean | undefined;
        clientReceives?: string | undefined;
        notes?: string | undefined;
      }
    | undefined;
  cost?: string | undefined;
  languages?: { codes: readonly string[] } | undefined;
  verified: string;
}

export interface HsdsActorIn {
  id: string;
  name: string;
  shortName?: string | undefined;
  description: string;
  parent?: string | undefined;
  ptv?: string | undefined;
  verified: string;
}

export interface HsdsInput {
  /** The site's address without a trailing slash (src/lib/site.ts). */
  siteUrl: string;
  services: readonly HsdsServiceIn[];
  actors: readonly HsdsActorIn[];
  criteria: readonly {
    id: string;
    title: string;
    /** Only referral guidelines say who a service is for (checklists and principles guide the work). */
    kind: string;
    appliesTo: readonly string[];
    items: readonly { text: string; force: string; situations: readonly string[] }[];
  }[];
  targetGroups: readonly { id: string; name: string; description: string }[];
  situations: readonly {
    id: string;
    label: string;
    hint?: string | undefined;
    ages?: { min?: number | undefined; max?: number | undefined } | undefined;
  }[];
  staircases: readonly { id: string; title: string; summary: string; levels: readonly { id: string; name: string; description: string }[] }[];
  municipalities: readonly { code: string; name: string }[];
  wellbeingAreas: readonly { id: string; name: string }[];
  employmentAreas: readonly { id: string; name: string }[];
}

// ---- output: the HSDS 3.0 objects we fill (field names as the standard spells them) ----

export interface HsdsMetadata {
  id: string;
  resource_id: string;
  resource_type: string;
  last_action_date: string;
  last_action_type: string;
  field_name: string;
  previous_value: string;
  replacement_value: string;
  updated_by: string;
}

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  uri?: string;
  version?: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  parent_id?: string;
  taxonomy: string;
  taxonomy_id: string;
  language: string;
  term_uri?: string;
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: string;
  taxonomy_term_id: string;
  value?: string;
  taxonomy_term: HsdsTaxonomyTerm;
}

export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
  description: string;
  uri?: string;
  attributes?: HsdsAttribute[];
}

export interface HsdsLanguage {
  id: string;
  service_id: string;
  name: string;
  code: string;
}

export interface HsdsService {
  id: string;
  organization_id?: string;
  name: string;
  description: string;
  url: string;
  status: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
  application_process?: string;
  fees_description?: string;
  eligibility_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date: string;
  languages: HsdsLanguage[];
  service_areas: HsdsServiceArea[];
  attributes: HsdsAttribute[];
  metadata: HsdsMetadata[];
}

export interface HsdsOrganizationIdentifier {
  id: string;
  organization_id: string;
  identifier_type: string;
  identifier: string;
}

export interface HsdsOrganization {
  id: string;
  name: string;
  alternate_name?: string;
  description: string;
  uri: string;
  parent_organization_id?: string;
  organization_identifiers: HsdsOrganizationIdentifier[];
  metadata: HsdsMetadata[];
}

export interface HsdsExport {
  organizations: HsdsOrganization[];
  services: HsdsService[];
  taxonomies: HsdsTaxonomy[];
  taxonomyTerms: HsdsTaxonomyTerm[];
}

// ---- ids ----

/** The namespace of this site's HSDS ids: UUID v5 of the site's address in the URL namespace. */
export function siteNamespace(siteUrl: string): string {
  return uuidV5(NAMESPACE_URL, `${siteUrl.replace(/\/+$/, '')}/`);
}

/** The HSDS id of one of our things: `kind` (organization, service, …) and our ids, joined by "/". */
export function hsdsId(siteUrl: string, kind: string, ...ids: readonly string[]): string {
  return uuidV5(siteNamespace(siteUrl), [kind, ...ids].join('/'));
}

// ---- pieces ----

/** Our status as HSDS's: a pilot runs (active), a proposal does not yet (inactive), an ended service is defunct. */
export function hsdsStatus(status: string): HsdsService['status'] {
  if (status === 'ended') return 'defunct';
  if (status === 'proposal') return 'inactive';
  return 'active';
}

/** The organisation a service is listed under: its organiser, else producer, else the first provider or actor. */
export function serviceOrganization(service: Pick<HsdsServiceIn, 'actors' | 'offerings'>): string | undefined {
  for (const role of ['organiser', 'producer']) {
    const link = service.actors.find((a) => a.role === role);
    if (link !== undefined) return link.actor;
  }
  return service.offerings[0]?.provider ?? service.actors[0]?.actor;
}

/** The referral route as lines of text ("Kuka ohjaa: …"), or undefined when nothing is known. */
export function applicationProcess(referral: HsdsServiceIn['referral']): string | undefined {
  if (referral === undefined) return undefined;
  const line = (key: Parameters<typeof t>[0], value: string | undefined) => (value === undefined || value === '' ? [] : [`${t(key)}: ${value}`]);
  const lines = [
    ...line('openData.hsds.whoRefers', referral.whoRefers.join(', ')),
    ...line('openData.hsds.whoDecides', referral.whoDecides),
    ...line('openData.hsds.prerequisites', referral.prerequisites.join('; ')),
    ...line('openData.hsds.howToApply', referral.howToApply),
    ...line('openData.hsds.form', referral.form),
    ...line('openData.hsds.consent', referral.consent),
    ...line('openData.hsds.selfReferral', referral.selfReferral === undefined ? undefined : t(referral.selfReferral ? 'common.yes' : 'common.no')),
    ...line('openData.hsds.clientReceives', referral.clientReceives),
    ...line('openData.hsds.notes', referral.notes),
  ];
  return lines.length === 0 ? undefined : lines.join('\n');
}

/** The criteria lists that say who the service is for: its referral guidelines. */
export function eligibilityLists<C extends HsdsInput['criteria'][number]>(serviceId: string, criteria: readonly C[]): C[] {
  return criteria.filter((list) => list.kind === 'referral-guideline' && list.appliesTo.includes(serviceId));
}

/** Who the service is for, from its referral guidelines: "Title:\n- Edellytys: …". */
export function eligibilityDescription(serviceId: string, criteria: HsdsInput['criteria']): string | undefined {
  const lists = eligibilityLists(serviceId, criteria);
  if (lists.length === 0) return undefined;
  return lists.map((list) => [`${list.title}:`, ...list.items.map((item) => `- ${label('force', item.force)}: ${item.text}`)].join('\n')).join('\n\n');
}

/**
 * The ages a service is for, where content knows them: a required item of a referral guideline whose situations
 * are all age ranges ("Nuori on 16–29-vuotias") bounds the service; several such items narrow it.
 * An item that joins an age to another condition is one route in among others and says nothing
 * about the service's ages as a whole.
 */
export function serviceAges(
  serviceId: string,
  criteria: HsdsInput['criteria'],
  situations: HsdsInput['situations'],
): { min?: number; max?: number } {
  const ages = new Map(situations.flatMap((s) => (s.ages === undefined ? [] : [[s.id, s.ages] as const])));
  let min: number | undefined;
  let max: number | undefined;
  for (const list of eligibilityLists(serviceId, criteria)) {
    for (const item of list.items) {
      if (item.force !== 'required' || item.situations.length === 0 || !item.situations.every((id) => ages.has(id))) continue;
      for (const id of item.situations) {
        const range = ages.get(id);
        if (range?.min !== undefined) min = min === undefined ? range.min : Math.max(min, range.min);
        if (range?.max !== undefined) max = max === undefined ? range.max : Math.min(max, range.max);
      }
    }
  }
  if (min !== undefined && max !== undefined && min > max) return {};
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

/** One region a service reaches, before it becomes a service area. */
type AreaRef = { kind: 'national' } | { kind: 'wellbeing' | 'employment' | 'municipality'; id: string };

/** The regions of the service and of all its offerings, each once, national first. */
export function serviceAreaRefs(service: Pick<HsdsServiceIn, 'regions' | 'offerings'>): AreaRef[] {
  const seen = new Set<string>();
  const refs: AreaRef[] = [];
  const add = (ref: AreaRef) => {
    const key = ref.kind === 'national' ? 'national' : `${ref.kind}/${ref.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    refs.push(ref);
  };
  for (const regions of [service.regions, ...service.offerings.map((o) => o.regions)]) {
    if (regions.national) add({ kind: 'national' });
    for (const id of regions.wellbeingAreas) add({ kind: 'wellbeing', id });
    for (const id of regions.employmentAreas) add({ kind: 'employment', id });
    for (const id of regions.municipalities) add({ kind: 'municipality', id });
  }
  const order = { national: 0, wellbeing: 1, employment: 2, municipality: 3 };
  return refs.sort((a, b) => order[a.kind] - order[b.kind]);
}

// ---- the export ----

/** The taxonomies of the export, by our name for them. */
type TaxonomyKey = 'targetGroups' | 'situations' | 'staircase' | 'municipalities';

/** The whole catalogue as HSDS 3.0 objects. */
export function hsdsExport(input: HsdsInput): HsdsExport {
  const site = input.siteUrl.replace(/\/+$/, '');
  const id = (kind: string, ...ids: string[]) => hsdsId(site, kind, ...ids);
  const url = (path: string) => `${site}${path}`;
  const orgIds = new Set(input.actors.map((a) => a.id));

  const metadata = (resourceType: string, resourceId: string, ourPath: string, verified: string): HsdsMetadata => ({
    id: id(ourPath, 'metadata', 'verified'),
    resource_id: resourceId,
    resource_type: resourceType,
    last_action_date: verified,
    last_action_type: 'verified',
    field_name: 'verified',
    previous_value: '',
    replacement_value: verified,
    updated_by: t('openData.hsds.updatedBy'),
  });

  // Taxonomies and their terms.
  const taxonomyInfo: Record<TaxonomyKey, HsdsTaxonomy> = {
    targetGroups: {
      id: id('taxonomy', 'target-groups'),
      name: t('openData.taxonomy.targetGroups'),
      description: t('openData.taxonomy.targetGroups.description'),
      uri: url(routes.classifications('kohderyhmat')),
    },
    situations: {
      id: id('taxonomy', 'situations'),
      name: t('openData.taxonomy.situations'),
      description: t('openData.taxonomy.situations.description'),
      uri: url(routes.classifications('tilanteet')),
    },
    staircase: {
      id: id('taxonomy', 'staircase'),
      name: t('openData.taxonomy.staircase'),
      description: t('openData.taxonomy.staircase.description'),
      uri: url(routes.staircase()),
    },
    municipalities: {
      id: id('taxonomy', 'municipalities'),
      name: t('openData.taxonomy.municipalities'),
      description: t('openData.taxonomy.municipalities.description'),
      version: '2025',
    },
  };
  const terms = new Map<string, HsdsTaxonomyTerm>();
  const term = (taxonomy: TaxonomyKey, code: string, fields: { name: string; description: string; term_uri?: string; parent?: string }) => {
    const info = taxonomyInfo[taxonomy];
    const value: HsdsTaxonomyTerm = {
      id: id('taxonomy', taxonomy, 'term', code),
      code,
      name: fields.name,
      description: fields.description,
      ...(fields.parent === undefined ? {} : { parent_id: id('taxonomy', taxonomy, 'term', fields.parent) }),
      taxonomy: info.uri ?? t('openData.taxonomy.municipalities.source'),
      taxonomy_id: info.id,
      language: 'fi',
      ...(fields.term_uri === undefined ? {} : { term_uri: fields.term_uri }),
    };
    terms.set(`${taxonomy}/${code}`, value);
  };
  for (const group of input.targetGroups) term('targetGroups', group.id, { name: group.name, description: group.description, term_uri: url(routes.targetGroupTerm(group.id)) });
  for (const situation of input.situations)
    term('situations', situation.id, { name: situation.label, description: situation.hint ?? situation.label, term_uri: url(routes.situationTerm(situation.id)) });
  for (const ladder of input.staircases) {
    term('staircase', ladder.id, { name: ladder.title, description: ladder.summary, term_uri: url(routes.staircase(ladder.id)) });
    for (const level of ladder.levels)
      term('staircase', level.id, { name: level.name, description: level.description, term_uri: url(routes.staircase(level.id)), parent: ladder.id });
  }
  const municipalityName = new Map(input.municipalities.map((m) => [m.code, m.name]));
  for (const m of input.municipalities) term('municipalities', m.code, { name: m.name, description: t('openData.hsds.municipality', { code: m.code }) });

  const attribute = (owner: string, linkId: string, linkEntity: string, linkType: string, taxonomy: TaxonomyKey, code: string, value?: string): HsdsAttribute[] => {
    const found = terms.get(`${taxonomy}/${code}`);
    if (found === undefined) return [];
    return [
      {
        id: id(owner, 'attribute', taxonomy, code, ...(value === undefined ? [] : [value])),
        link_id: linkId,
        link_type: linkType,
        link_entity: linkEntity,
        taxonomy_term_id: found.id,
        ...(value === undefined ? {} : { value }),
        taxonomy_term: found,
      },
    ];
  };

  const wellbeingName = new Map(input.wellbeingAreas.map((a) => [a.id, a.name]));
  const employmentName = new Map(input.employmentAreas.map((a) => [a.id, a.name]));

  const services = input.services.map((service): HsdsService => {
    const own = `service/${service.id}`;
    const serviceId = id('service', service.id);
    const organization = serviceOrganization(service);
    const ages = serviceAges(service.id, input.criteria, input.situations);
    const process = applicationProcess(service.referral);
    const eligibility = eligibilityDescription(service.id, input.criteria);

    const areas = serviceAreaRefs(service).map((ref): HsdsServiceArea => {
      const areaOwner = ref.kind === 'national' ? `${own}/area/national` : `${own}/area/${ref.kind}/${ref.id}`;
      const areaId = id(areaOwner);
      const base = { id: areaId, service_id: serviceId };
      switch (ref.kind) {
        case 'national':
          return { ...base, name: t('openData.hsds.national'), description: t('openData.hsds.nationalDescription') };
        case 'wellbeing':
          return { ...base, name: wellbeingName.get(ref.id) ?? ref.id, description: t('openData.hsds.wellbeingArea'), uri: url(routes.wellbeingArea(ref.id)) };
        case 'employment':
          return { ...base, name: employmentName.get(ref.id) ?? ref.id, description: t('openData.hsds.employmentArea'), uri: url(routes.employmentArea(ref.id)) };
        case 'municipality':
          return {
            ...base,
            name: municipalityName.get(ref.id) ?? ref.id,
            description: t('openData.hsds.municipality', { code: ref.id }),
            attributes: attribute(areaOwner, areaId, 'service_area', 'area', 'municipalities', ref.id),
          };
      }
    });

    // Situations the referral guidelines name, once per situation and force.
    const situationLinks = new Map<string, { situation: string; force: string }>();
    for (const list of eligibilityLists(service.id, input.criteria)) {
      for (const item of list.items) for (const situation of item.situations) situationLinks.set(`${situation}/${item.force}`, { situation, force: item.force });
    }

    return {
      id: serviceId,
      ...(organization !== undefined && orgIds.has(organization) ? { organization_id: id('organization', organization) } : {}),
      name: service.name,
      description: [service.summary, ...service.description].join('\n\n'),
      url: url(routes.service(service.id)),
      status: hsdsStatus(service.status),
      ...(process === undefined ? {} : { application_process: process }),
      ...(service.cost === undefined ? {} : { fees_description: service.cost }),
      ...(eligibility === undefined ? {} : { eligibility_description: eligibility }),
      ...(ages.min === undefined ? {} : { minimum_age: ages.min }),
      ...(ages.max === undefined ? {} : { maximum_age: ages.max }),
      assured_date: service.verified,
      languages: (service.languages?.codes ?? []).map((code) => ({
        id: id(own, 'language', code),
        service_id: serviceId,
        name: label('language', code),
        code,
      })),
      service_areas: areas,
      attributes: [
        ...service.targetGroups.flatMap((group) => attribute(own, serviceId, 'service', 'audience', 'targetGroups', group)),
        ...[...situationLinks.values()].flatMap((link) => attribute(own, serviceId, 'service', 'eligibility', 'situations', link.situation, link.force)),
        ...service.staircaseLevels.flatMap((level) => attribute(own, serviceId, 'service', 'staircase_level', 'staircase', level)),
      ],
      metadata: [metadata('service', serviceId, own, service.verified)],
    };
  });

  const organizations = input.actors.map((actor): HsdsOrganization => {
    const own = `organization/${actor.id}`;
    const organizationId = id('organization', actor.id);
    return {
      id: organizationId,
      name: actor.name,
      ...(actor.shortName === undefined ? {} : { alternate_name: actor.shortName }),
      description: actor.description,
      uri: url(routes.actor(actor.id)),
      ...(actor.parent !== undefined && orgIds.has(actor.parent) ? { parent_organization_id: id('organization', actor.parent) } : {}),
      organization_identifiers:
        actor.ptv === undefined
          ? []
          : [{ id: id(own, 'identifier', 'ptv'), organization_id: organizationId, identifier_type: t('openData.hsds.ptvIdentifier'), identifier: actor.ptv }],
      metadata: [metadata('organization', organizationId, own, actor.verified)],
    };
  });

  return { organizations, services, taxonomies: Object.values(taxonomyInfo), taxonomyTerms: [...terms.values()] };
}
