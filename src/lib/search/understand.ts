/**
 * Reading a professional's own description of a client: which client situations and target
 * groups it signals (their cue phrases, content/situations.yaml and target-groups.yaml), which
 * everyday words stand for catalogue words (content/lexicon.yaml), inflected and inside compounds,
 * and which of them a negation turns off ("ei", "ei enää", "ei pysty", "eikä").
 *
 * Pure and browser-safe. Phrases are compiled once per page load (compileReading); a query is then
 * matched against them in well under a millisecond.
 */
import { fold, sameUpToGradation, stem, stemsMatch, words } from '../text/finnish.ts';

export type ConceptKind = 'situation' | 'targetGroup';

/** A situation or target group the description signals. */
export interface Concept {
  kind: ConceptKind;
  id: string;
}

/** Cue phrases of one concept, as content writes them. */
export interface ConceptCues extends Concept {
  cues: readonly string[];
}

/** An everyday-word entry: its words signal concepts and stand for catalogue terms. */
export interface LexiconInput {
  words: readonly string[];
  terms: readonly string[];
  situations: readonly string[];
  targetGroups: readonly string[];
}

/** Negation words (folded). "ilman" is left out: "ilman koulutusta" describes, it does not negate. */
const NEGATIONS: ReadonlySet<string> = new Set(['ei', 'eika', 'en', 'et', 'emme', 'ette', 'eivat', 'eivatka']);
/** How many words before a phrase a negation still reaches ("ei ole enää pystynyt käymään töissä"). */
const NEGATION_REACH = 4;
/** How many other words may stand between two words of a phrase ("koulu jäi vuonna 2023 kesken"). */
const PHRASE_GAP = 2;

interface CompiledPhrase {
  /** The phrase as written in content. */
  text: string;
  /** Stems of its content words, in order. */
  stems: string[];
  /** The same words whole (folded), for compounds that start with one ("mielenterveysongelma"). */
  whole: string[];
  /** The phrase itself is negative ("ei työkokemusta"): a negation must be present, and it does not flip. */
  negative: boolean;
  concepts: Concept[];
  /** Catalogue words the phrase stands for (lexicon). */
  terms: string[];
}

/** The compiled phrase table. */
export interface ReadingTable {
  phrases: CompiledPhrase[];
  /** Every stem the phrases use. */
  stems: ReadonlySet<string>;
}

function compilePhrase(text: string): Pick<CompiledPhrase, 'stems' | 'whole' | 'negative'> {
  const tokens = words(text).map((span) => fold(span.word));
  // Function words and numbers stay in a phrase: "haluaa töihin" must not shrink to "töihin", nor "yli 55" to "yli".
  const whole = tokens.filter((token) => !NEGATIONS.has(token));
  return { negative: tokens.some((token) => NEGATIONS.has(token)), stems: whole.map(stem), whole };
}

/** Compiles cue phrases and lexicon words into one table (once per page load, or once per build in tests). */
export function compileReading(cues: readonly ConceptCues[], lexicon: readonly LexiconInput[]): ReadingTable {
  const phrases: CompiledPhrase[] = [];
  for (const concept of cues) {
    for (const cue of concept.cues) {
      const compiled = compilePhrase(cue);
      if (compiled.stems.length > 0) phrases.push({ text: cue, ...compiled, concepts: [{ kind: concept.kind, id: concept.id }], terms: [] });
    }
  }
  for (const entry of lexicon) {
    const concepts: Concept[] = [
      ...entry.situations.map((id) => ({ kind: 'situation' as const, id })),
      ...entry.targetGroups.map((id) => ({ kind: 'targetGroup' as const, id })),
    ];
    for (const word of entry.words) {
      const compiled = compilePhrase(word);
      if (compiled.stems.length > 0) phrases.push({ text: word, ...compiled, concepts, terms: [...entry.terms] });
    }
  }
  return { phrases, stems: new Set(phrases.flatMap((phrase) => phrase.stems)) };
}

/** A sentence break between two offsets of the query: neither a phrase nor a negation reaches across it. */
const BREAK = /[.!?;:]/;

interface QueryToken {
  stem: string;
  negation: boolean;
  /** The word is itself a known word (a cue word or a catalogue term): only exact and compound matches count, not near forms. */
  known: boolean;
  /** A sentence break stands between this word and the one before. */
  sentenceStart: boolean;
  start: number;
  end: number;
}

function queryTokens(query: string, isKnown: (stem: string) => boolean): QueryToken[] {
  return words(query).map((span, index, spans) => {
    const folded = fold(span.word);
    const stemmed = stem(folded);
    const sentenceStart = index > 0 && BREAK.test(query.slice(spans[index - 1]!.end, span.start));
    return { stem: stemmed, negation: NEGATIONS.has(folded), known: isKnown(stemmed), sentenceStart, start: span.start, end: span.end };
  });
}

/**
 * Whether a word of the description is a form of a phrase word: the same stem or a form of it,
 * a compound ending in it ("ammattikoulu" for "koulu") or starting with the whole phrase word
 * ("mielenterveysongelmat" for "mielenterveys"). The whole word, not its stem: "työtön" stems to
 * "tyoto", and "työtoiminnassa" is no compound of "työtön".
 */
export function wordMatches(word: string, cue: string, known = false, cueWord = cue): boolean {
  // "työkokeilu" is a word of its own, not a form of "työkokemus": near forms only for words we do
  // not know. A known word still matches across consonant gradation ("kuntoutustuella", "kuntoutustuki").
  if (sameUpToGradation(word, cue) || (!known && stemsMatch(word, cue) > 0)) return true;
  if (cue.length >= 4 && word.length >= cue.length + 3 && word.endsWith(cue)) return true;
  return cueWord.length >= 5 && word.length > cueWord.length && word.startsWith(cueWord);
}

/**
 * Where a phrase occurs in the description: the token range, or undefined. Finnish word order is
 * free ("töihin ei ole voimia" / "ei voimia töihin"), so the phrase's words may come in any order,
 * each on its own word, within a window a little longer than the phrase, inside one sentence
 * ("…työkyvyttömyyseläkkeellä. Haluaisi…" is not "haluaa eläkkeelle").
 */
function findPhrase(tokens: readonly QueryToken[], phrase: CompiledPhrase): { first: number; last: number } | undefined {
  const size = phrase.stems.length;
  const window = size + PHRASE_GAP * (size - 1);
  const matches = (token: QueryToken, index: number) => wordMatches(token.stem, phrase.stems[index]!, token.known, phrase.whole[index]);
  for (let start = 0; start < tokens.length; start++) {
    if (!phrase.stems.some((_, index) => matches(tokens[start]!, index))) continue;
    let end = start + 1;
    while (end < Math.min(tokens.length, start + window) && !tokens[end]!.sentenceStart) end++;
    const used = new Set<number>();
    let ok = true;
    for (let index = 0; index < size; index++) {
      let found = -1;
      for (let t = start; t < end; t++) {
        if (!used.has(t) && matches(tokens[t]!, index)) {
          found = t;
          break;
        }
      }
      if (found < 0) {
        ok = false;
        break;
      }
      used.add(found);
    }
    if (ok) return { first: Math.min(...used), last: Math.max(...used) };
  }
  return undefined;
}

/** True when a negation stands within reach before token `first` (or inside the phrase), in the same sentence. */
function negated(query: string, tokens: readonly QueryToken[], first: number, last: number): boolean {
  for (let i = Math.max(0, first - NEGATION_REACH); i <= last; i++) {
    const token = tokens[i]!;
    if (!token.negation) continue;
    if (i < first && BREAK.test(query.slice(token.end, tokens[first]!.start))) continue;
    return true;
  }
  return false;
}

/** Words for a relative whose age a description may give before the client's ("62-vuotias äiti kertoo…"), folded. */
const RELATIVES = /^(aiti|isa|vanhem|puoliso|vaimo|aviomies|mummo|isoaiti|isoisa|sisko|sisar|veli)/;

/** What before a number makes it a bound or the end of a range, not the client's age ("alle 30-vuotias", "16–29-vuotiaat"), folded. */
const BOUND_BEFORE = /(?:^|[^\p{L}])(alle|yli|vahintaan|enintaan)\s*$|\d\s*[-–]\s*$/u;

/** An age in a description ("23-v", "45-vuotias", "20-vuotiaalle", "36 v"): the first that is not a relative's nor a bound. */
export function readAge(query: string): { age: number; phrase: string } | undefined {
  const pattern = /(?<![\p{L}\p{N}])(\d{1,2})\s*-?\s*(v\.?|vuotia\p{L}*|vee)(?![\p{L}])/gu;
  for (const match of query.matchAll(pattern)) {
    const after = fold(query.slice(match.index + match[0].length).trim().split(/\s+/)[0] ?? '');
    if (RELATIVES.test(after) || BOUND_BEFORE.test(fold(query.slice(Math.max(0, match.index - 12), match.index)))) continue;
    return { age: Number(match[1]), phrase: match[0] };
  }
  return undefined;
}

/** One recognised reading of the description. */
export interface Recognition extends Concept {
  /** The words of the description that signalled it, as typed. */
  phrase: string;
  /** The cue or lexicon phrase that matched, as content writes it. */
  cue: string;
}

export interface Reading {
  /** Situations and target groups the description signals, first occurrence first, each once. */
  concepts: Recognition[];
  /** Concepts a negation turned off ("ei enää käytä päihteitä"): shown, never used. */
  negated: Recognition[];
  /** Catalogue words the description's everyday words stand for, each with the words that brought it. */
  terms: { term: string; phrase: string }[];
}

/**
 * Reads a description against the table. `isKnownWord` says which other stems are words of their
 * own (the catalogue's vocabulary), so that they are not taken for near forms of a cue word.
 */
export function readDescription(query: string, table: ReadingTable, isKnownWord: (stem: string) => boolean = () => false): Reading {
  const tokens = queryTokens(query, (stemmed) => table.stems.has(stemmed) || isKnownWord(stemmed));
  // A cheap test first: a phrase word can match only a word with the same first four letters or
  // one that contains it (a compound); most phrases fail it, and skip the full comparison.
  const prefixes = new Set(tokens.map((token) => token.stem.slice(0, 4)));
  const joined = `|${tokens.map((token) => token.stem).join('|')}|`;
  const mayMatch = (cue: string) => prefixes.has(cue.slice(0, 4)) || (cue.length >= 4 && joined.includes(cue));
  const found: (Recognition & { position: number })[] = [];
  const off: (Recognition & { position: number })[] = [];
  const terms = new Map<string, { phrase: string; position: number }>();
  for (const phrase of table.phrases) {
    if (!phrase.stems.every(mayMatch)) continue;
    const span = findPhrase(tokens, phrase);
    if (span === undefined) continue;
    const isNegated = negated(query, tokens, span.first, span.last);
    // A negative phrase needs its negation; a positive one is turned off by one.
    if (phrase.negative !== isNegated) {
      if (!phrase.negative) for (const concept of phrase.concepts) off.push({ ...concept, phrase: query.slice(tokens[span.first]!.start, tokens[span.last]!.end), cue: phrase.text, position: span.first });
      continue;
    }
    const start = phrase.negative ? Math.max(0, span.first - NEGATION_REACH) : span.first;
    const firstToken = phrase.negative ? (tokens.slice(start, span.first + 1).find((token) => token.negation) ?? tokens[span.first]!) : tokens[span.first]!;
    const text = query.slice(firstToken.start, tokens[span.last]!.end);
    for (const concept of phrase.concepts) found.push({ ...concept, phrase: text, cue: phrase.text, position: span.first });
    for (const term of phrase.terms) if (!terms.has(term)) terms.set(term, { phrase: text, position: span.first });
  }
  const unique = (list: (Recognition & { position: number })[]): Recognition[] => {
    const seen = new Set<string>();
    return list
      .sort((a, b) => a.position - b.position)
      .filter((item) => {
        const key = `${item.kind}:${item.id}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .map(({ kind, id, phrase, cue }) => ({ kind, id, phrase, cue }));
  };
  const concepts = unique(found);
  const on = new Set(concepts.map((concept) => `${concept.kind}:${concept.id}`));
  return {
    concepts,
    negated: unique(off).filter((concept) => !on.has(`${concept.kind}:${concept.id}`)),
    terms: [...terms].sort((a, b) => a[1].position - b[1].position).map(([term, { phrase }]) => ({ term, phrase })),
  };
}
