/**
 * The search index's wire format, both directions in one place so they cannot drift apart:
 * encode* at build time (index-build.ts), decode* in the browser (searcher.ts), with a round-trip
 * test. The browser parses the JSON on the main thread, so it is compact: every text once in a
 * table, short keys, empty lists left out, postings as strings decoded per term on first use.
 */
import { criterionForces, type CriterionForce } from '../../schemas/enums.ts';
import type { FinderCriteria } from './finder.ts';
import { PASSAGE_KINDS, postingWeight, type CitedSourceDoc, type ConceptDoc, type LexiconDoc, type Passage, type ReferralInfo, type ServiceDoc } from './model.ts';

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

/** One term's decoded postings: flat triples [service index, passage index, weight × 10], and how many services hold it. */
export interface TermPostings {
  flat: Int32Array;
  docFreq: number;
}

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

// ---- decoding (browser) ----

const NONE: readonly string[] = [];

/** An index entry back into the service it describes. Cheap: texts are shared, not copied. */
export function decodeService(entry: ServiceEntry, texts: readonly string[]): ServiceDoc {
  return {
    id: entry.i,
    name: texts[entry.n] ?? '',
    summary: texts[entry.s] ?? '',
    providers: (entry.p ?? []).map((id) => texts[id] ?? ''),
    providerKinds: entry.k ?? [],
    targetGroups: entry.g ?? [],
    levels: entry.l ?? [],
    regions: {
      national: entry.r.n === 1,
      wellbeingAreas: entry.r.w ?? (NONE as string[]),
      employmentAreas: entry.r.e ?? (NONE as string[]),
      municipalities: entry.r.m ?? (NONE as string[]),
    },
    referral: entry.referral,
    sources: entry.sources ?? [],
    kind: entry.ks[0],
    status: entry.ks[1],
    permanence: entry.ks[2] === '' ? undefined : entry.ks[2],
    coordinates: entry.c === 1,
    languages: entry.lang ?? (NONE as string[]),
    length: entry.len,
  };
}

/** The passages of one index entry. */
export function decodePassages(entry: ServiceEntry | undefined, texts: readonly string[]): Passage[] {
  const flat = entry?.ps ?? [];
  const passages: Passage[] = [];
  for (let i = 0; i + 3 < flat.length; i += 4) {
    const passage: Passage = { kind: PASSAGE_KINDS[flat[i] ?? 0] ?? 'description', text: texts[flat[i + 1] ?? 0] ?? '' };
    const labelId = flat[i + 2] ?? -1;
    const force = criterionForces[flat[i + 3] ?? -1];
    if (labelId >= 0) passage.label = texts[labelId];
    if (force !== undefined) passage.force = force;
    passages.push(passage);
  }
  return passages;
}

/** One term's postings string as flat triples, the weight taken from each passage's kind. */
export function decodePostings(text: string, services: readonly ServiceEntry[]): TermPostings {
  const numbers = text === '' ? [] : text.split(',');
  const count = Math.floor(numbers.length / 2);
  const flat = new Int32Array(count * 3);
  let service = 0;
  let docFreq = 0;
  for (let i = 0; i < count; i++) {
    const delta = Number(numbers[2 * i]);
    const code = Number(numbers[2 * i + 1]);
    if (i === 0 || delta > 0) docFreq++;
    service += delta;
    const p = code >> 1;
    const kind = PASSAGE_KINDS[services[service]?.ps[p * 4] ?? -1] ?? 'description';
    flat[3 * i] = service;
    flat[3 * i + 1] = p;
    flat[3 * i + 2] = postingWeight(kind, (code & 1) === 1);
  }
  return { flat, docFreq };
}

/** An index entry back into a finder criteria list (items with an unknown force are dropped). */
export function decodeCriteria(entry: CriteriaEntry, texts: readonly string[]): FinderCriteria {
  return {
    id: entry.id,
    title: texts[entry.title] ?? '',
    appliesTo: entry.appliesTo,
    items: entry.items.flatMap((item) => {
      const force = criterionForces[item.force];
      if (force === undefined) return [];
      return [{ id: item.id, text: texts[item.text] ?? '', situations: item.situations, force, instead: item.instead }];
    }),
  };
}
