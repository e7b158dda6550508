/**
 * Builds the referral-search index at build time: one document per service with the passages a
 * professional may search by (name, summary, keywords, criteria items, target groups, roles,
 * glossary terms, providers, staircase levels), and an inverted index from normalised, stemmed
 * terms (and the parts of compound words) to the passages that hold them; plus the finder's
 * criteria lists. The serialised form is compact, because the browser parses it on the main
 * thread: every text once in a table, short keys, postings as strings decoded per term on first use.
 *
 * Pure: the endpoint (src/pages/data/search-index.json.ts), the quality test and the benchmark
 * pass plain data in. Imports stay relative with .ts extensions so plain Node can run it.
 */
import { analyze, COMPOUND_PARTS, splitCompound, tokenize } from '../text/finnish.ts';

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

/**
 * Weight × 10 of a match in a passage of this kind, as the whole word or as a compound's part.
 * The index stores only which of the two a posting is; the weight follows from the passage.
 */
export function postingWeight(kind: PassageKind, part: boolean): number {
  return Math.round(PASSAGE_WEIGHTS[kind] * (part ? PART_FACTOR : 1) * 10);
}

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

/** One service as the search and the finder show it (decoded from the index by loadSearcher). */
export interface ServiceDoc {
  id: string;
  name: string;
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
}

/** Passage kinds in the order of their codes in the index. */
export const PASSAGE_KINDS: readonly PassageKind[] = ['name', 'keyword', 'glossary', 'summary', 'criterion', 'targetGroup', 'role', 'description', 'provider', 'level'];

/** Criterion forces in the order of their codes in the index. */
export const FORCES = ['required', 'preferred', 'excludes'] as const;
export type Force = (typeof FORCES)[number];

/**
 * A service in the index. Short keys; every text (name, summary, passages, provider names) is an
 * index into SearchIndexData.texts, so a text shared by services (a criteria item, a target group,
 * a provider) is stored once. Empty arrays and absent values are left out.
 */
export interface ServiceEntry {
  /** id */
  i: string;
  /** name (text) */
  n: number;
  /** summary (text) */
  s: number;
  /** providers (texts) */
  p?: number[];
  /** provider kinds */
  k?: string[];
  /** target groups */
  g?: string[];
  /** staircase levels */
  l?: string[];
  /** regions: national, wellbeing areas, employment areas, municipalities */
  r: { n?: 1; w?: string[]; e?: string[]; m?: string[] };
  referral?: ReferralInfo;
  sources?: CitedSourceDoc[];
  /** Passages, four numbers each: kind code, text, label text (−1: none), force code (−1: none). */
  ps: number[];
}

/** A criteria list of the finder; item texts and the title are indexes into texts. */
export interface CriteriaEntry {
  id: string;
  title: number;
  appliesTo: string[];
  items: { id: string; text: number; situations: string[]; force: number; instead: string[] }[];
}

/** The static index, serialised to /data/search-index.json. */
export interface SearchIndexData {
  /** Every text once. */
  texts: string[];
  services: ServiceEntry[];
  /** Sorted vocabulary of stems and compound parts. */
  terms: string[];
  /**
   * Per term: its postings as comma-separated integers, two per posting: the service index (as the
   * difference to the previous posting's) and passage index × 2, plus 1 when the term is only a
   * compound's part there (postingWeight gives the weight). Decoded lazily per term.
   */
  postings: string[];
  /** Folded acronym → folded, stemmed words of its expansion (from the glossary). */
  acronyms: Record<string, string[]>;
  /** The finder's criteria lists. */
  criteria: CriteriaEntry[];
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
    items: readonly { id: string; text: string; force: string; situations?: readonly string[]; instead?: readonly string[] }[];
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

/** The text table: each distinct string once, by first use. */
class TextTable {
  readonly texts: string[] = [];
  private readonly ids = new Map<string, number>();
  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.texts.push(text);
      this.ids.set(text, id);
    }
    return id;
  }
}

const forceCode = (force: string | undefined): number => FORCES.indexOf(force as Force);

/** A list only when it has members (the index leaves empty arrays out). */
const nonEmpty = <T>(list: readonly T[]): T[] | undefined => (list.length > 0 ? [...list] : undefined);

function serviceEntry(service: IndexServiceInput, passages: readonly Passage[], input: IndexInput, table: TextTable): ServiceEntry {
  const providerLinks = service.actors.filter((link) => link.role === 'organiser' || link.role === 'producer').map((link) => link.actor);
  const providerIds = [...new Set([...providerLinks, ...service.offerings.map((offering) => offering.provider)])];
  const providers = providerIds.map((id) => input.actors.find((a) => a.id === id)).filter((a) => a !== undefined);
  const regions = mergeRegions(service);
  const referral = service.referral;
  const entry: ServiceEntry = {
    i: service.id,
    n: table.id(service.name),
    s: table.id(service.summary),
    r: {},
    ps: passages.flatMap((passage) => [
      PASSAGE_KINDS.indexOf(passage.kind),
      table.id(passage.text),
      passage.label === undefined ? -1 : table.id(passage.label),
      forceCode(passage.force),
    ]),
  };
  const p = nonEmpty(providers.map((actor) => table.id(actor.name)));
  const k = nonEmpty([...new Set(providers.map((actor) => actor.kind))].sort());
  const g = nonEmpty(service.targetGroups);
  const l = nonEmpty(service.staircaseLevels);
  if (p !== undefined) entry.p = p;
  if (k !== undefined) entry.k = k;
  if (g !== undefined) entry.g = g;
  if (l !== undefined) entry.l = l;
  if (regions.national) entry.r.n = 1;
  const w = nonEmpty(regions.wellbeingAreas);
  const e = nonEmpty(regions.employmentAreas);
  const m = nonEmpty(regions.municipalities);
  if (w !== undefined) entry.r.w = w;
  if (e !== undefined) entry.r.e = e;
  if (m !== undefined) entry.r.m = m;
  if (referral !== undefined) {
    entry.referral = {
      whoRefers: [...referral.whoRefers],
      consent: referral.consent,
      form: referral.form,
      selfReferral: referral.selfReferral,
      notes: referral.notes,
    };
  }
  if (service.sources.length > 0) entry.sources = service.sources.map((source) => ({ href: source.href, title: source.title, lines: source.lines }));
  return entry;
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
function indexTerms(text: string, known: (piece: string) => boolean): { term: string; part: boolean }[] {
  const out: { term: string; part: boolean }[] = [];
  for (const word of analyze(text)) {
    out.push({ term: word, part: false });
    for (const part of splitCompound(word, known)) out.push({ term: part, part: true });
  }
  return out;
}

/** Builds the whole static index. */
export function buildSearchIndex(input: IndexInput): SearchIndexData {
  const table = new TextTable();
  const passagesByService = input.services.map((service) => passagesOf(service, input));
  const services = input.services.map((service, s) => serviceEntry(service, passagesByService[s] ?? [], input, table));
  const simple = new Set<string>(COMPOUND_PARTS);
  for (const passages of passagesByService) for (const passage of passages) for (const word of analyze(passage.text)) simple.add(word);
  const known = (piece: string) => simple.has(piece);

  // Per term, per service: passage index → whether the term is only a compound's part there
  // (services and passages in ascending order; the whole word wins over a part).
  const postingsByTerm = new Map<string, Map<number, Map<number, boolean>>>();
  passagesByService.forEach((passages, s) => {
    passages.forEach((passage, p) => {
      for (const { term, part } of indexTerms(passage.text, known)) {
        let byService = postingsByTerm.get(term);
        if (byService === undefined) postingsByTerm.set(term, (byService = new Map()));
        let byPassage = byService.get(s);
        if (byPassage === undefined) byService.set(s, (byPassage = new Map()));
        byPassage.set(p, (byPassage.get(p) ?? true) && part);
      }
    });
  });
  const terms = [...postingsByTerm.keys()].sort();
  const postings = terms.map((term) => {
    const numbers: number[] = [];
    let previous = 0;
    for (const [s, byPassage] of postingsByTerm.get(term) ?? new Map<number, Map<number, boolean>>()) {
      for (const [p, part] of byPassage) {
        numbers.push(s - previous, p * 2 + (part ? 1 : 0));
        previous = s;
      }
    }
    return numbers.join(',');
  });
  const criteria: CriteriaEntry[] = input.criteria.map((list) => ({
    id: list.id,
    title: table.id(list.title),
    appliesTo: [...list.appliesTo],
    items: list.items.map((item) => ({
      id: item.id,
      text: table.id(item.text),
      situations: [...(item.situations ?? [])],
      force: forceCode(item.force),
      instead: [...(item.instead ?? [])],
    })),
  }));
  return { texts: table.texts, services, terms, postings, acronyms: acronymTable(input.glossary), criteria };
}
