/**
 * The whole search index's wire format (/data/search-index.json): encode* at build time
 * (index-build.ts); shards.ts reads it to cut the parts the search page fetches, and the round-trip
 * test reads it back through those parts. Compact: every text once in a table, short keys, empty
 * lists left out, postings as strings.
 */
import { criterionForces, type CriterionForce } from '../../schemas/enums.ts';
import { PASSAGE_KINDS, type CitedSourceDoc, type ConceptDoc, type LexiconDoc, type Passage, type ReferralInfo, type ServiceDoc } from './model.ts';

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
  /** kind, status, permanence ("" when content does not say) */
  ks: [string, string, string];
  /** 1 when the service coordinates others */
  c?: 1;
  /** languages */
  lang?: string[];
  /** number of indexed words */
  len: number;
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
  /** What the search reads a description with: situations and target groups (label as a text) with their cues, and the lexicon. */
  reading: {
    situations: ConceptEntry[];
    targetGroups: ConceptEntry[];
    lexicon: LexiconDoc[];
    /** Municipalities ([code, name, Swedish name, wellbeing area, employment area]) and wellbeing areas ([id, name, Swedish name]). */
    municipalities: [string, string, string, string, string][];
    wellbeingAreas: [string, string, string][];
  };
}

/** A situation or target group: label is an index into texts; o = 1 when it asks for coordination. */
export interface ConceptEntry {
  id: string;
  label: number;
  cues: string[];
  o?: 1;
  /** ages covered: [min, max], -1 where open */
  a?: [number, number];
}

/** Per service index, per passage index: whether the term is only a compound's part there. */
export type TermOccurrences = ReadonlyMap<number, ReadonlyMap<number, boolean>>;

// ---- encoding (build time) ----

/** The text table: each distinct string once, by first use. */
export class TextTable {
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

const forceCode = (force: string | undefined): number => criterionForces.indexOf(force as CriterionForce);

/** A list only when it has members (the index leaves empty arrays out). */
const nonEmpty = <T>(list: readonly T[]): T[] | undefined => (list.length > 0 ? [...list] : undefined);

/** One service and its passages, as an index entry. */
export function encodeService(doc: ServiceDoc, passages: readonly Passage[], table: TextTable): ServiceEntry {
  const entry: ServiceEntry = {
    i: doc.id,
    n: table.id(doc.name),
    s: table.id(doc.summary),
    r: {},
    ks: [doc.kind, doc.status, doc.permanence ?? ''],
    len: doc.length,
    ps: passages.flatMap((passage) => [
      PASSAGE_KINDS.indexOf(passage.kind),
      table.id(passage.text),
      passage.label === undefined ? -1 : table.id(passage.label),
      forceCode(passage.force),
    ]),
  };
  const p = nonEmpty(doc.providers.map((name) => table.id(name)));
  const k = nonEmpty(doc.providerKinds);
  const g = nonEmpty(doc.targetGroups);
  const l = nonEmpty(doc.levels);
  if (p !== undefined) entry.p = p;
  if (k !== undefined) entry.k = k;
  if (g !== undefined) entry.g = g;
  if (l !== undefined) entry.l = l;
  if (doc.regions.national) entry.r.n = 1;
  const w = nonEmpty(doc.regions.wellbeingAreas);
  const e = nonEmpty(doc.regions.employmentAreas);
  const m = nonEmpty(doc.regions.municipalities);
  if (w !== undefined) entry.r.w = w;
  if (e !== undefined) entry.r.e = e;
  if (m !== undefined) entry.r.m = m;
  if (doc.referral !== undefined) entry.referral = { ...doc.referral, whoRefers: [...doc.referral.whoRefers] };
  if (doc.sources.length > 0) entry.sources = doc.sources.map((source) => ({ href: source.href, title: source.title, lines: source.lines }));
  if (doc.coordinates) entry.c = 1;
  const lang = nonEmpty(doc.languages);
  if (lang !== undefined) entry.lang = lang;
  return entry;
}

/** A situation or target group with its cues. */
export function encodeConcept(doc: ConceptDoc, table: TextTable): ConceptEntry {
  const entry: ConceptEntry = { id: doc.id, label: table.id(doc.label), cues: [...doc.cues] };
  if (doc.coordination === true) entry.o = 1;
  if (doc.ages !== undefined) entry.a = [doc.ages.min ?? -1, doc.ages.max ?? -1];
  return entry;
}

/** A term's occurrences as its postings string (services and passages in ascending order). */
export function encodePostings(occurrences: TermOccurrences): string {
  const numbers: number[] = [];
  let previous = 0;
  for (const [s, byPassage] of occurrences) {
    for (const [p, part] of byPassage) {
      numbers.push(s - previous, p * 2 + (part ? 1 : 0));
      previous = s;
    }
  }
  return numbers.join(',');
}

/** A criteria list as content gives it (a force outside the model is encoded as none). */
export interface CriteriaInput {
  id: string;
  title: string;
  appliesTo: readonly string[];
  items: readonly { id: string; text: string; force: string; situations?: readonly string[] | undefined; instead?: readonly string[] | undefined }[];
}

/** A finder criteria list as an index entry. */
export function encodeCriteria(list: CriteriaInput, table: TextTable): CriteriaEntry {
  return {
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
  };
}

// ---- decoding ----

/** A situation or target group back from the index. */
export function decodeConcept(entry: ConceptEntry, texts: readonly string[]): ConceptDoc {
  const doc: ConceptDoc = { id: entry.id, label: texts[entry.label] ?? '', cues: entry.cues };
  if (entry.o === 1) doc.coordination = true;
  if (entry.a !== undefined) {
    const [min, max] = entry.a;
    doc.ages = {};
    if (min >= 0) doc.ages.min = min;
    if (max >= 0) doc.ages.max = max;
  }
  return doc;
}
