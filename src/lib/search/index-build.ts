/**
 * Builds the search index at build time: one document per service with the passages a
 * professional may search by (name, summary, keywords, criteria items, target groups, roles,
 * glossary terms, providers, staircase levels), and an inverted index from normalised, stemmed
 * terms (and the parts of compound words) to the passages that hold them; plus the finder's
 * criteria lists. codec.ts writes it in its compact wire format.
 *
 * Pure: the endpoint (src/pages/data/search-index.json.ts), the quality test and the benchmark
 * pass plain data in. Imports stay relative with .ts extensions so plain Node can run it.
 */
import { analyze, COMPOUND_PARTS, splitCompound, tokenize } from '../text/finnish.ts';
import { criterionForces, type CriterionForce } from '../../schemas/enums.ts';
import { encodeConcept, encodeCriteria, encodePostings, encodeService, TextTable, type SearchIndexData } from './codec.ts';
import type { CitedSourceDoc, Passage, ReferralInfo, RegionScope, ServiceDoc } from './model.ts';

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
  referral?: ReferralInfo | undefined;
  sources: CitedSourceDoc[];
  permanence?: string | undefined;
  coordinates?: boolean | undefined;
  languages?: { codes: readonly string[] } | undefined;
}

export interface IndexInput {
  services: readonly IndexServiceInput[];
  criteria: readonly {
    id: string;
    title: string;
    appliesTo: readonly string[];
    items: readonly { id: string; text: string; force: string; situations?: readonly string[]; instead?: readonly string[] }[];
  }[];
  targetGroups: readonly { id: string; name: string; synonyms?: readonly string[]; cues?: readonly string[] }[];
  situations?: readonly { id: string; label: string; cues?: readonly string[]; coordination?: boolean; ages?: { min?: number | undefined; max?: number | undefined } | undefined }[];
  municipalities?: readonly { code: string; name: string; nameSv: string; wellbeingArea: string; employmentArea: string }[];
  wellbeingAreas?: readonly { id: string; name: string; nameSv: string }[];
  lexicon?: readonly { words: readonly string[]; terms?: readonly string[]; situations?: readonly string[]; targetGroups?: readonly string[] }[];
  roles: readonly { id: string; name: string }[];
  glossary: readonly { id: string; term: string; expansion?: string | undefined; isAcronym?: boolean; related: readonly string[] }[];
  actors: readonly { id: string; name: string; kind: string }[];
  levels: readonly { id: string; name: string }[];
  /** Example client descriptions and the services they accept (content/referral-examples). */
  examples?: readonly { text: string; accept: readonly string[] }[];
}

/** A force the content model knows, or undefined. */
const asForce = (force: string): CriterionForce | undefined => criterionForces.find((known) => known === force);

/** The texts of a service a professional may search by, most telling first. */
export function servicePassages(service: IndexServiceInput, input: IndexInput): Passage[] {
  const passages: Passage[] = [{ kind: 'name', text: service.name }];
  for (const keyword of service.keywords ?? []) passages.push({ kind: 'keyword', text: keyword });
  for (const term of input.glossary) {
    if (!term.related.includes(service.id)) continue;
    passages.push({ kind: 'glossary', text: term.expansion === undefined ? term.term : `${term.term} (${term.expansion})` });
  }
  passages.push({ kind: 'summary', text: service.summary });
  for (const list of input.criteria) {
    if (!list.appliesTo.includes(service.id)) continue;
    for (const item of list.items) passages.push({ kind: 'criterion', text: item.text, label: list.title, force: asForce(item.force) });
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
  // An example teaches the first two services it accepts, the ones a professional wants first (by
  // cross-validation on the development sets, all of them or only the first rank worse). Counted in
  // the postings, never shown: the fragments leave them out (shards.ts).
  for (const example of input.examples ?? []) if (example.accept.slice(0, 2).includes(service.id)) passages.push({ kind: 'example', text: example.text });
  return passages;
}

/** Where the service or any of its offerings is available. */
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

/** The service as results show it: providers (organisers, producers, offering providers) resolved to names and kinds. */
export function serviceDoc(service: IndexServiceInput, input: IndexInput, passages: readonly Passage[] = []): ServiceDoc {
  const providerLinks = service.actors.filter((link) => link.role === 'organiser' || link.role === 'producer').map((link) => link.actor);
  const providerIds = [...new Set([...providerLinks, ...service.offerings.map((offering) => offering.provider)])];
  const providers = providerIds.map((id) => input.actors.find((a) => a.id === id)).filter((a) => a !== undefined);
  const referral = service.referral;
  return {
    id: service.id,
    name: service.name,
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
            whoDecides: referral.whoDecides,
            prerequisites: referral.prerequisites === undefined || referral.prerequisites.length === 0 ? undefined : [...referral.prerequisites],
            howToApply: referral.howToApply,
            clientReceives: referral.clientReceives,
            consent: referral.consent,
            form: referral.form,
            selfReferral: referral.selfReferral,
            notes: referral.notes,
          },
    sources: service.sources,
    kind: service.kind,
    status: service.status,
    permanence: service.permanence,
    coordinates: service.coordinates === true,
    languages: [...(service.languages?.codes ?? [])],
    length: passages.reduce((sum, passage) => sum + analyze(passage.text).length, 0),
  };
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

/** Stems of a text, each with its compound parts, for indexing (and for finding them again in a fetched passage, searcher.ts). */
export function indexTerms(text: string, known: (piece: string) => boolean): { term: string; part: boolean }[] {
  const out: { term: string; part: boolean }[] = [];
  for (const word of analyze(text)) {
    out.push({ term: word, part: false });
    for (const part of splitCompound(word, known)) out.push({ term: part, part: true });
  }
  return out;
}

/**
 * The inverted index: per term, per service, per passage, whether the term is only a compound's
 * part there (services and passages in ascending order; the whole word wins over a part).
 */
function invertedIndex(passagesByService: readonly (readonly Passage[])[]): Map<string, Map<number, Map<number, boolean>>> {
  const simple = new Set<string>(COMPOUND_PARTS);
  for (const passages of passagesByService) for (const passage of passages) for (const word of analyze(passage.text)) simple.add(word);
  const known = (piece: string) => simple.has(piece);
  const byTerm = new Map<string, Map<number, Map<number, boolean>>>();
  passagesByService.forEach((passages, s) => {
    passages.forEach((passage, p) => {
      for (const { term, part } of indexTerms(passage.text, known)) {
        let byService = byTerm.get(term);
        if (byService === undefined) byTerm.set(term, (byService = new Map()));
        let byPassage = byService.get(s);
        if (byPassage === undefined) byService.set(s, (byPassage = new Map()));
        byPassage.set(p, (byPassage.get(p) ?? true) && part);
      }
    });
  });
  return byTerm;
}

/** Builds the whole static index. */
export function buildSearchIndex(input: IndexInput): SearchIndexData {
  const table = new TextTable();
  const passagesByService = input.services.map((service) => servicePassages(service, input));
  const services = input.services.map((service, s) => {
    const passages = passagesByService[s] ?? [];
    return encodeService(serviceDoc(service, input, passages), passages, table);
  });
  const byTerm = invertedIndex(passagesByService);
  const terms = [...byTerm.keys()].sort();
  const postings = terms.map((term) => encodePostings(byTerm.get(term) ?? new Map()));
  const criteria = input.criteria.map((list) => encodeCriteria(list, table));
  const reading = {
    situations: (input.situations ?? []).map((situation) =>
      encodeConcept({ id: situation.id, label: situation.label, cues: [...(situation.cues ?? [])], coordination: situation.coordination, ages: situation.ages }, table),
    ),
    targetGroups: input.targetGroups.map((group) => encodeConcept({ id: group.id, label: group.name, cues: [...(group.cues ?? [])] }, table)),
    lexicon: (input.lexicon ?? []).map((entry) => ({
      words: [...entry.words],
      terms: [...(entry.terms ?? [])],
      situations: [...(entry.situations ?? [])],
      targetGroups: [...(entry.targetGroups ?? [])],
    })),
    municipalities: (input.municipalities ?? []).map((m): [string, string, string, string, string] => [m.code, m.name, m.nameSv, m.wellbeingArea, m.employmentArea]),
    wellbeingAreas: (input.wellbeingAreas ?? []).map((area): [string, string, string] => [area.id, area.name, area.nameSv]),
  };
  return { texts: table.texts, services, terms, postings, acronyms: acronymTable(input.glossary), criteria, reading };
}
