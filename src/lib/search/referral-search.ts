/**
 * The referral search as the page runs it: a professional's own words in, ranked services and what
 * was understood out. One function for the island, the quality benchmark and the tests.
 *
 * 1. Read the description: situations and target groups it signals (cues, lexicon), a place, a
 *    language; the professional may drop any reading (`dropped`), and the URL keeps that.
 * 2. Score by words (rank.ts: BM25-like, length-normalised) with the lexicon's catalogue words added.
 * 3. Feed the recognised situations into the finder's criteria matching (finder.ts), so a service
 *    whose criteria fit the client outranks one that merely mentions many of the words.
 * 4. Combine: words, criteria and target groups; then demote what does not fit (an `excludes`
 *    criterion met, a coordinating service when no coordination is asked for, ended projects),
 *    and prefer services given in the client's language.
 */
import { ruledOutByAge } from './age-fit.ts';
import { resolveRegion, type SearchFilters } from './filters.ts';
import { FORCE_POINTS, matchSituations, type FinderMatch } from './finder.ts';
import { findLanguage, type LanguageMention } from './language-mention.ts';
import type { ConceptDoc, ServiceDoc } from './model.ts';
import type { PlaceMention } from './place-mention.ts';
import { expandQuery, type QueryGroup } from './query.ts';
import { hitsFor, lengthNorms, nameWordsOf, textScores, type SearchHit, type TextScore } from './rank.ts';
import { finderCriteria, hasFilterLists, hasPostings, passageTermsOf, passesFiltersAt, readingOf, serviceIndex, type Searcher } from './searcher.ts';
import type { ConceptKind, Recognition } from './understand.ts';
import { readAge, readDescription } from './understand.ts';
import { RANKING } from './weights.ts';

/** How many text candidates are combined with the criteria matches. */
const TEXT_CANDIDATES = 30;

/** A reading the professional can drop: "situation:id", "targetGroup:id", "place:value", "language:code". */
export type ReadingKey = `${ConceptKind | 'place' | 'language'}:${string}`;

export interface UnderstoodConcept extends Recognition {
  key: ReadingKey;
  label: string;
}

export interface Understood {
  /** Situations and target groups recognised and in use. */
  concepts: UnderstoodConcept[];
  /** Recognised but turned off by a negation ("ei enää"), shown so nothing is silently dropped. */
  negated: UnderstoodConcept[];
  place?: (PlaceMention & { key: ReadingKey }) | undefined;
  language?: (LanguageMention & { key: ReadingKey }) | undefined;
  /** Readings the professional dropped that the description still contains. */
  dropped: ReadingKey[];
  /**
   * An age read from the text ("24v") and the situations it signals (alle 25, alle 30, 16–29…),
   * in use or dropped: shown and dropped as one reading.
   */
  age?: { phrase: string; keys: ReadingKey[] } | undefined;
}

/** The cue an age-derived situation carries (it comes from a number, not from a cue phrase). */
export const AGE_CUE = 'ikä';

/** Why a result is there, in a few plain pieces (the island writes them as one line). */
export interface Reasons {
  /** Recognised situations the service's criteria meet (labels). */
  situations: string[];
  /** Recognised target groups the service is for (labels). */
  targetGroups: string[];
  /** The typed words or phrases that matched its texts. */
  words: string[];
  /** An `excludes` criterion met: the service does not fit as things stand. */
  excluded?: string | undefined;
}

export interface ReferralHit extends SearchHit {
  reasons: Reasons;
  fits: boolean;
}

export interface ReferralOptions {
  /** Facet filters; a region set here wins over a place read from the description. */
  filters?: SearchFilters;
  /** Region value from the facet (a wellbeing area id or municipality code), if any. */
  regionFacet?: string | undefined;
  limit?: number;
  dropped?: ReadonlySet<string>;
}

export interface ReferralResult {
  hits: ReferralHit[];
  understood: Understood;
  /** When no service fits the words: the client situations closest to them, to tick instead. */
  closestSituations: ConceptDoc[];
}

const keyOf = (kind: string, id: string) => `${kind}:${id}` as ReadingKey;

function labelOf(searcher: Searcher, kind: ConceptKind, id: string): string {
  const reading = readingOf(searcher);
  return (kind === 'situation' ? reading.situationById : reading.targetGroupById).get(id)?.label ?? id;
}

function ageReading(phrase: string | undefined, keys: ReadingKey[]): Understood['age'] {
  return phrase === undefined || keys.length === 0 ? undefined : { phrase, keys };
}

/**
 * Reads the description and applies what the professional dropped. Besides what the page shows, the
 * ranking gets the lexicon's catalogue words (`terms`) and the client's age in years (`years`: the
 * age rule, age-fit.ts, reads it even where no age-range situation holds it; none once the
 * professional has dropped the age's reading).
 */
export function understandQuery(searcher: Searcher, query: string, options: ReferralOptions = {}): Understood & { terms: { term: string; phrase: string }[]; years: number | undefined } {
  const dropped = options.dropped ?? new Set<string>();
  const reading = readDescription(query, readingOf(searcher).table, (stemmed) => searcher.termIds.has(stemmed));
  const withLabel = (concept: Recognition): UnderstoodConcept => ({ ...concept, key: keyOf(concept.kind, concept.id), label: labelOf(searcher, concept.kind, concept.id) });
  const all = reading.concepts.map(withLabel);
  // An age in the text ("23-v") signals the situations whose age range holds it (alle 25-vuotias…).
  const age = readAge(query);
  if (age !== undefined) {
    for (const situation of readingOf(searcher).situations) {
      const { min = 0, max = 200 } = situation.ages ?? { min: 201 };
      if (age.age < min || age.age > max || all.some((concept) => concept.kind === 'situation' && concept.id === situation.id)) continue;
      all.push(withLabel({ kind: 'situation', id: situation.id, phrase: age.phrase, cue: AGE_CUE }));
    }
  }
  const placeMention = readingOf(searcher).findPlaces(query)[0];
  const languageMention = findLanguage(query);
  const place = placeMention === undefined ? undefined : { ...placeMention, key: keyOf('place', placeMention.place.value) };
  const language = languageMention === undefined ? undefined : { ...languageMention, key: keyOf('language', languageMention.code) };
  const present = [...all.map((concept) => concept.key), place?.key, language?.key].filter((key) => key !== undefined);
  // The age chip stands for the situations the age signalled; dropping it drops the age rule too.
  const ageKeys = all.filter((concept) => concept.cue === AGE_CUE).map((concept) => concept.key);
  const ageDropped = ageKeys.length > 0 && ageKeys.every((key) => dropped.has(key));
  return {
    concepts: all.filter((concept) => !dropped.has(concept.key)),
    negated: reading.negated.map(withLabel),
    place: place !== undefined && !dropped.has(place.key) ? place : undefined,
    language: language !== undefined && !dropped.has(language.key) ? language : undefined,
    dropped: present.filter((key) => dropped.has(key)),
    age: ageReading(age?.phrase, ageKeys),
    terms: reading.terms,
    years: ageDropped ? undefined : age?.age,
  };
}

/** The situations whose cue words share the most words with a query (what to offer when nothing fits). */
function closestSituations(searcher: Searcher, groups: readonly QueryGroup[]): ConceptDoc[] {
  const words = new Set(groups.map((group) => group.word));
  const { situations, cueStems } = readingOf(searcher);
  return situations
    .map((situation) => ({ situation, shared: (cueStems.get(situation.id) ?? []).filter((cue) => [...words].some((word) => word.slice(0, 5) === cue.slice(0, 5))).length }))
    .filter((entry) => entry.shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, 5)
    .map((entry) => entry.situation);
}

/** Per situation: log(1 + services / services whose criteria mention it), scaled so the rarest is 1 (cached). */
function situationRarity(searcher: Searcher): Map<string, number> {
  const reading = readingOf(searcher);
  if (reading.rarity === undefined) {
    const servicesBySituation = new Map<string, Set<string>>();
    for (const list of finderCriteria(searcher)) {
      for (const item of list.items) {
        for (const id of item.situations) {
          const set = servicesBySituation.get(id) ?? new Set<string>();
          for (const service of list.appliesTo) set.add(service);
          servicesBySituation.set(id, set);
        }
      }
    }
    const total = Math.max(1, searcher.services.length);
    const raw = new Map([...servicesBySituation].map(([id, set]) => [id, Math.log(1 + total / Math.max(1, set.size))]));
    const top = Math.max(1e-9, ...raw.values());
    reading.rarity = new Map([...raw].map(([id, value]) => [id, value / top]));
  }
  return reading.rarity;
}

/**
 * Criteria points of a service: each recognised situation counts once per criteria list that
 * mentions it, by the strongest item it meets there, weighted by its rarity. A list that repeats a
 * situation in several items does not count it twice; several lists that mention it each count
 * (measured: counting it once per service ranks worse on every development set).
 */
function criteriaPoints(match: FinderMatch, rarity: ReadonlyMap<string, number>): number {
  const best = new Map<string, number>();
  for (const [items, force] of [[match.required, FORCE_POINTS.required], [match.preferred, FORCE_POINTS.preferred]] as const) {
    for (const item of items) {
      for (const id of item.situations) {
        const key = `${item.criteria}|${id}`;
        best.set(key, Math.max(best.get(key) ?? 0, force * (rarity.get(id) ?? 1)));
      }
    }
  }
  return [...best.values()].reduce((sum, value) => sum + value, 0);
}

/** True when a word of the query is (part of) the service's name, e.g. "koordinaattorin" for "Työkykykoordinaattoritoiminta". */
function namedInQuery(searcher: Searcher, s: number, groups: readonly QueryGroup[]): boolean {
  const name = nameWordsOf(searcher, s);
  return groups.some(
    (group) =>
      group.weight >= 1 &&
      [...group.matches.keys()].some((id) => {
        const term = searcher.terms[id] ?? '';
        return term.length >= 3 && name.some((word) => word === term || (term.length >= 6 && word.includes(term)));
      }),
  );
}

/**
 * Computes what every ranking reads and the first one would otherwise compute on the way: the
 * reading tables, each situation's rarity among the criteria, the length norms. The page runs it
 * while a description's postings download, so the first results do not wait for it.
 */
export function prepareRanking(searcher: Searcher): void {
  readingOf(searcher);
  situationRarity(searcher);
  lengthNorms(searcher, RANKING.lengthNormalisation);
}

/**
 * Notes the postings shards that the description's own words need (tracked() returns them). The
 * full run also reads the lexicon's words and a place's filter list, but it must compile the
 * reading tables first: the page asks for these shards before that, so download and compiling overlap.
 */
export function noteWordPostings(searcher: Searcher, query: string): void {
  hasPostings(searcher, expandQuery(searcher, query).flatMap((group) => [...group.matches.keys()]));
}

/** What a ranking leaves for display: kept on the searcher, so a run that only redisplays it is cheap. */
export interface Ranking {
  understood: ReturnType<typeof understandQuery>;
  groups: QueryGroup[];
  text: TextScore[];
  /** `ageOutside`: the text of an age criterion the client's age is outside (shown as why the service may not fit). */
  scored: { s: number; score: number; match: FinderMatch | undefined; ageOutside: string | undefined }[];
  /** False when the run stopped early for a missing part (then nothing is shown). */
  complete: boolean;
}

/** Everything a ranking depends on besides the searcher's parts. */
function rankingKey(query: string, options: ReferralOptions): string {
  const filters = Object.entries(options.filters ?? {}).filter(([, value]) => value !== undefined).sort(([a], [b]) => a.localeCompare(b));
  const sets = (_: string, value: unknown) => (value instanceof Set ? [...(value as Set<string>)].sort() : value);
  return JSON.stringify([query, filters, options.regionFacet ?? null, options.limit ?? 20, options.dropped ?? [], RANKING], sets);
}

/**
 * The ranking for a description: the kept one when nothing it depends on has changed since (the
 * same description and options, no ranking part added), else a new run, kept if it is complete
 * and needed no part it did not find. Fragments arriving for the results shown then cost a
 * redisplay, not a second ranking of a national catalogue.
 */
function rankingFor(searcher: Searcher, query: string, options: ReferralOptions): Ranking {
  const key = rankingKey(query, options);
  const kept = searcher.lastRanking;
  if (kept !== undefined && kept.key === key && kept.parts === searcher.rankingParts) return kept.value;
  const missingBefore = searcher.missing.size;
  const ranking = rank(searcher, query, options);
  if (ranking.complete && searcher.missing.size === missingBefore) searcher.lastRanking = { key, parts: searcher.rankingParts, value: ranking };
  return ranking;
}

/** Ranks services for a description. */
export function referralSearch(searcher: Searcher, query: string, options: ReferralOptions = {}): ReferralResult {
  const { understood, groups, text, scored, complete } = rankingFor(searcher, query, options);
  if (!complete) return { hits: [], understood, closestSituations: [] };
  const textById = new Map(text.map((entry) => [entry.service, entry]));
  const hits = hitsFor(searcher, groups, scored).map((hit, i): ReferralHit => {
    const { s, match, ageOutside } = scored[i]!;
    const typed = ownWords(searcher, s, groups, textById.get(s)?.groups ?? []);
    const metSituations = new Set([...(match?.required ?? []), ...(match?.preferred ?? [])].flatMap((item) => item.situations));
    return {
      ...hit,
      fits: match?.fits !== false && ageOutside === undefined,
      reasons: {
        situations: understood.concepts.filter((concept) => concept.kind === 'situation' && metSituations.has(concept.id)).map((concept) => concept.label),
        targetGroups: understood.concepts.filter((concept) => concept.kind === 'targetGroup' && hit.service.targetGroups.includes(concept.id)).map((concept) => concept.label),
        words: typed.slice(0, 4),
        excluded: match?.excludes[0]?.text ?? ageOutside,
      },
    };
  });
  return { hits, understood, closestSituations: hits.length === 0 ? closestSituations(searcher, expandQuery(searcher, query)) : [] };
}

/**
 * The typed words a result names as its reason: of the query words that matched the service, those
 * in its own texts once its fragment is in (a word may also match through an example description,
 * content/referral-examples, which the card never shows); until then all of them.
 */
function ownWords(searcher: Searcher, s: number, groups: readonly QueryGroup[], matched: readonly number[]): string[] {
  const own = searcher.fragments[s] === undefined ? undefined : new Set(passageTermsOf(searcher, s).flatMap((terms) => [...terms]));
  const kept = own === undefined ? matched : matched.filter((g) => [...(groups[g]?.matches.keys() ?? [])].some((termId) => own.has(termId)));
  return [...new Set(kept.map((g) => groups[g]?.typed ?? '').filter((word) => word.length > 0))];
}

/** Reads the description and ranks the services: words, criteria and target groups, then what does not fit. */
function rank(searcher: Searcher, query: string, options: ReferralOptions): Ranking {
  const limit = options.limit ?? 20;
  const understood = understandQuery(searcher, query, options);
  const filters: SearchFilters = { ...options.filters };
  if (options.regionFacet === undefined && understood.place !== undefined) {
    filters.region = resolveRegion(understood.place.place.value, readingOf(searcher).municipalities);
  }
  const extra = understood.terms.map(({ term, phrase }) => ({ term, typed: phrase, weight: RANKING.lexiconWeight }));
  const groups = expandQuery(searcher, query, extra).filter((group) => group.matches.size > 0);
  // A run missing a part it needs is not shown (searcher.ts): the first run of a description only
  // finds out which postings shards and filter lists to fetch, and stops before ranking.
  const hasTerms = hasPostings(searcher, groups.flatMap((group) => [...group.matches.keys()]));
  if (!hasFilterLists(searcher, filters) || !hasTerms) return { understood, groups, text: [], scored: [], complete: false };
  const situations = understood.concepts.filter((concept) => concept.kind === 'situation').map((concept) => concept.id);
  const targetGroups = new Set(understood.concepts.filter((concept) => concept.kind === 'targetGroup').map((concept) => concept.id));
  const coordinationAsked = situations.some((id) => readingOf(searcher).situationById.get(id)?.coordination === true);

  const text = groups.length === 0 ? [] : textScores(searcher, groups, filters, TEXT_CANDIDATES);
  const finder = new Map<string, FinderMatch>(matchSituations(situations, finderCriteria(searcher)).map((match) => [match.service, match]));

  const candidates = new Map<number, number>(text.map((entry) => [entry.service, entry.score]));
  for (const id of finder.keys()) {
    const s = serviceIndex(searcher, id);
    if (s !== undefined && !candidates.has(s)) candidates.set(s, 0);
  }
  const ageOutside = understood.years === undefined ? new Map<string, string>() : ruledOutByAge(understood.years, finderCriteria(searcher), readingOf(searcher).situations);
  const maxText = Math.max(0, ...text.map((entry) => entry.score)) || 1;
  // A situation many services' criteria mention ("haluaa töihin") tells less than a rare one: weigh by rarity.
  const rarity = situationRarity(searcher);
  const points = (match: FinderMatch | undefined) => (match === undefined ? 0 : criteriaPoints(match, rarity));
  const maxPoints = Math.max(0, ...[...finder.values()].map(points)) || 1;

  const scored = [...candidates]
    .map(([s, textScore]) => {
      const service = searcher.services[s] as ServiceDoc;
      const match = finder.get(service.id);
      const groupShare = targetGroups.size === 0 ? 0 : service.targetGroups.filter((id) => targetGroups.has(id)).length / targetGroups.size;
      let score = RANKING.words * (textScore / maxText) + RANKING.criteria * (points(match) / maxPoints) + RANKING.targetGroups * groupShare;
      if (match?.fits === false || ageOutside.has(service.id)) score *= RANKING.excluded;
      // Asked for by name ("työkykykoordinaattori", "TYP"): no demotion for being broad or a project.
      const named = namedInQuery(searcher, s, groups);
      if (service.coordinates && !coordinationAsked && !named) score *= RANKING.uncalledCoordinator;
      if (service.status === 'ended') score *= named ? 0.9 : RANKING.ended;
      else if (!named && (service.kind === 'project' || service.kind === 'programme' || service.status === 'pilot' || service.status === 'proposal')) score *= RANKING.project;
      if (understood.language !== undefined && service.languages.length > 0) score *= service.languages.includes(understood.language.code) ? 1 : RANKING.otherLanguage;
      return { s, score, match, ageOutside: ageOutside.get(service.id), passes: passesFiltersAt(searcher, s, filters) };
    })
    .filter((entry) => entry.passes && entry.score > 0)
    .sort((a, b) => b.score - a.score || (searcher.services[a.s]?.name ?? '').localeCompare(searcher.services[b.s]?.name ?? '', 'fi'))
    .slice(0, limit);

  return { understood, groups, text, scored, complete: true };
}

