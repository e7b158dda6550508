/**
 * Builds the referral-search index at build time: one document per service with the passages a
 * professional may search by (name, summary, keywords, criteria items, target groups, roles,
 * glossary terms, providers, staircase levels), and an inverted index from normalised, stemmed
 * terms (and the parts of compound words) to the passages that hold them.
 *
 * Pure: the endpoint (src/pages/data/search-index.json.ts), the quality test and the benchmark
 * pass plain data in. Imports stay relative with .ts extensions so plain Node can run it.
 */
import { analyze, COMPOUND_PARTS, fold, splitCompound, stem, tokenize } from './finnish.ts';

/** What kind of text a passage is; the kind sets how much a match in it weighs. */
export type PassageKind =
  | 'name'
  | 'keyword'
  | 'glossary'
  | 'summary'
  | 'criterion'
  | 'targetGroup'
  | 'role'
  | 'description'
  | 'provider'
  | 'level';

/** Weight of a match by passage kind: the name and the words professionals use weigh most. */
export const PASSAGE_WEIGHTS: Record<PassageKind, number> = {
  name: 4,
  keyword: 3,
  glossary: 3,
  summary: 2,
  criterion: 1.6,
  targetGroup: 1.5,
  role: 1.5,
  description: 1,
  provider: 1,
  level: 1,
};

/** Weight factor of a compound's part against the whole word. */
const PART_FACTOR = 0.6;

export interface Passage {
  kind: PassageKind;
  text: string;
  /** Where the text comes from, e.g. the criteria list's title. */
  label?: string | undefined;
  /** For criteria items: the force (required / preferred / excludes). */
  force?: string | undefined;
}

export interface RegionScope {
  national: boolean;
  wellbeingAreas: string[];
  employmentAreas: string[];
  municipalities: string[];
}

export interface ReferralInfo {
  whoRefers: string[];
  consent?: string | undefined;
  form?: string | undefined;
  selfReferral?: boolean | undefined;
  notes?: string | undefined;
}

export interface CitedSourceDoc {
  href: string;
  title: string;
  lines?: string | undefined;
}

/** One service as the search and the finder show it. */
export interface ServiceDoc {
  id: string;
  name: string;
  kind: string;
  status: string;
  summary: string;
  /** Names of organisers, producers and offering providers. */
  providers: string[];
  /** Actor kinds of those providers (facet). */
  providerKinds: string[];
  targetGroups: string[];
  levels: string[];
  /** Where the service (or one of its offerings) is available. */
  regions: RegionScope;
  referral?: ReferralInfo | undefined;
  sources: CitedSourceDoc[];
  passages: Passage[];
}

/** The static index, serialised to /data/search-index.json. */
export interface SearchIndexData {
  services: ServiceDoc[];
  /** Sorted vocabulary of stems and compound parts. */
  terms: string[];
  /** Per term: flat triples [service index, passage index, weight × 10]. */
  postings: number[][];
  /** Folded acronym → folded, stemmed words of its expansion (from the glossary). */
  acronyms: Record<string, string[]>;
}

// ---- input: the content fields the index reads (structural, so tests can pass literals) ----

export interface IndexServiceInput {
  id: string;
  name: string;
  kind: string;
  status: string;
  summary: string;
  description?: readonly string[];
  keywords?: readonly string[];
  targetGroups: readonly string[];
  roles: readonly string[];
  actors: readonly { actor: string; role: string }[];
  offerings: readonly { provider: string; regions: RegionScope }[];
  staircaseLevels: readonly string[];
  regions: RegionScope;
  referral?:
    | {
        whoRefers: readonly string[];
        consent?: string | undefined;
        form?: string | undefined;
        selfReferral?: boolean | undefined;
        notes?: string | undefined;
      }
    | undefined;
  sources: CitedSourceDoc[];
}

export interface IndexInput {
  services: readonly IndexServiceInput[];
  criteria: readonly {
    id: string;
    title: string;
    appliesTo: readonly string[];
    items: readonly { id: string; text: string; force: string }[];
  }[];
  targetGroups: readonly { id: string; name: string; synonyms?: readonly string[] }[];
  roles: readonly { id: string; name: string }[];
  glossary: readonly { id: string; term: string; expansion?: string | undefined; isAcronym?: boolean; related: readonly string[] }[];
  actors: readonly { id: string; name: string; kind: string }[];
  levels: readonly { id: string; name: string }[];
}

function passagesOf(service: IndexServiceInput, input: IndexInput): Passage[] {
  const passages: Passage[] = [{ kind: 'name', text: service.name }];
  for (const keyword of service.keywords ?? []) passages.push({ kind: 'keyword', text: keyword });
  for (const term of input.glossary) {
    if (!term.related.includes(service.id)) continue;
    passages.push({ kind: 'glossary', text: term.expansion === undefined ? term.term : `${term.term} (${term.expansion})` });
  }
  passages.push({ kind: 'summary', text: service.summary });
  for (const list of input.criteria) {
    if (!list.appliesTo.includes(service.id)) continue;
    for (const item of list.items) passages.push({ kind: 'criterion', text: item.text, label: list.title, force: item.force });
  }
  for (const id of service.targetGroups) {
    const group = input.targetGroups.find((g) => g.id === id);
    if (group === undefined) continue;
    passages.push({ kind: 'targetGroup', text: [group.name, ...(group.synonyms ?? [])].join(', ') });
  }
  for (const id of service.roles) {
    const role = input.roles.find((r) => r.id === id);
    if (role !== undefined) passages.push({ kind: 'role', text: role.name });
  }
  for (const paragraph of service.description ?? []) passages.push({ kind: 'description', text: paragraph });
  const actorIds = new Set([...service.actors.map((link) => link.actor), ...service.offerings.map((o) => o.provider)]);
  for (const id of actorIds) {
    const actor = input.actors.find((a) => a.id === id);
    if (actor !== undefined) passages.push({ kind: 'provider', text: actor.name });
  }
  for (const id of service.staircaseLevels) {
    const level = input.levels.find((l) => l.id === id);
    if (level !== undefined) passages.push({ kind: 'level', text: level.name });
  }
  return passages;
}

function mergeRegions(service: IndexServiceInput): RegionScope {
  const all = [service.regions, ...service.offerings.map((offering) => offering.regions)];
  const unique = (values: string[]) => [...new Set(values)].sort();
  return {
    national: all.some((scope) => scope.national),
    wellbeingAreas: unique(all.flatMap((scope) => scope.wellbeingAreas)),
    employmentAreas: unique(all.flatMap((scope) => scope.employmentAreas)),
    municipalities: unique(all.flatMap((scope) => scope.municipalities)),
  };
}

/** The service documents, without the inverted index. */
export function serviceDocs(input: IndexInput): ServiceDoc[] {
  return input.services.map((service) => {
    const providerLinks = service.actors.filter((link) => link.role === 'organiser' || link.role === 'producer').map((link) => link.actor);
    const providerIds = [...new Set([...providerLinks, ...service.offerings.map((offering) => offering.provider)])];
    const providers = providerIds.map((id) => input.actors.find((a) => a.id === id)).filter((a) => a !== undefined);
    const referral = service.referral;
    return {
      id: service.id,
      name: service.name,
      kind: service.kind,
      status: service.status,
      summary: service.summary,
      providers: providers.map((actor) => actor.name),
      providerKinds: [...new Set(providers.map((actor) => actor.kind))].sort(),
      targetGroups: [...service.targetGroups],
      levels: [...service.staircaseLevels],
      regions: mergeRegions(service),
      referral:
        referral === undefined
          ? undefined
          : {
              whoRefers: [...referral.whoRefers],
              consent: referral.consent,
              form: referral.form,
              selfReferral: referral.selfReferral,
              notes: referral.notes,
            },
      sources: service.sources,
      passages: passagesOf(service, input),
    };
  });
}

/** Acronyms from the glossary: folded term → stems of its expansion. */
export function acronymTable(glossary: IndexInput['glossary']): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const term of glossary) {
    if (term.expansion === undefined) continue;
    const key = tokenize(term.term).join('');
    if (key.length === 0 || key.length > 8) continue;
    table[key] = [...new Set(analyze(term.expansion))];
  }
  return table;
}

/** Stems of a text, each with its compound parts, for indexing. */
function indexTerms(text: string, known: (piece: string) => boolean): { term: string; factor: number }[] {
  const out: { term: string; factor: number }[] = [];
  for (const word of analyze(text)) {
    out.push({ term: word, factor: 1 });
    for (const part of splitCompound(word, known)) out.push({ term: part, factor: PART_FACTOR });
  }
  return out;
}

/** Builds the whole static index. */
export function buildSearchIndex(input: IndexInput): SearchIndexData {
  const services = serviceDocs(input);
  const simple = new Set<string>(COMPOUND_PARTS);
  for (const service of services) for (const passage of service.passages) for (const word of analyze(passage.text)) simple.add(word);
  const known = (piece: string) => simple.has(piece);

  const postingsByTerm = new Map<string, Map<string, number>>();
  services.forEach((service, s) => {
    service.passages.forEach((passage, p) => {
      const weight = PASSAGE_WEIGHTS[passage.kind];
      for (const { term, factor } of indexTerms(passage.text, known)) {
        const key = `${s}:${p}`;
        const byPassage = postingsByTerm.get(term) ?? new Map<string, number>();
        byPassage.set(key, Math.max(byPassage.get(key) ?? 0, Math.round(weight * factor * 10)));
        postingsByTerm.set(term, byPassage);
      }
    });
  });
  const terms = [...postingsByTerm.keys()].sort();
  const postings = terms.map((term) =>
    [...(postingsByTerm.get(term) ?? new Map<string, number>())].flatMap(([key, weight]) => {
      const [s, p] = key.split(':').map(Number);
      return [s ?? 0, p ?? 0, weight];
    }),
  );
  return { services, terms, postings, acronyms: acronymTable(input.glossary) };
}

/** Folded, stemmed form of one word: what the index stores (exported for tests and highlighting). */
export function termOf(word: string): string {
  return stem(fold(word));
}
