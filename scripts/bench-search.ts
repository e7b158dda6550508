/**
 * Referral-search benchmark: `npm run bench:search` (also the first half of `npm run bench`; Node 24
 * runs this TypeScript directly).
 *
 * Builds a synthetic national-scale catalogue (about 5,000 services with a name, summary, three
 * criteria and target groups; a seeded, deterministic generator), then times sentence-length
 * queries (inflected words, filler, some typos) through the site's referral search (inverted
 * index of stemmed terms, description reading, criteria) and through plain fuse.js with default
 * options on the same data. Prints median and p95 per query for both, the ratio, and the hit
 * rate (expected service in the top 3). Each referral-search time is the median of 5 runs of the query
 * (the machines are shared); plain fuse.js runs each query once (it takes seconds). Figures only;
 * nothing asserts timings.
 *
 *   npm run bench:search                   5,000 services, 200 queries (plain fuse.js: 10 of them, ~1–8 s each)
 *   npm run bench:search -- --services 1000 --queries 50 --plain 10
 */
import Fuse from 'fuse.js';
import { buildSearchIndex, type IndexInput, type IndexServiceInput } from '../src/lib/search/index-build.ts';
import { join } from 'node:path';
import { checkContent } from '../src/content-check/index.ts';
import { collectionsFromEntries, indexInput } from '../src/lib/search/input.ts';
import { referralSearch } from '../src/lib/search/referral-search.ts';
import { loadSearcher } from '../src/lib/search/searcher.ts';

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const SERVICES = argument('services', 5000);
const QUERIES = argument('queries', 200);
const PLAIN = Math.min(argument('plain', 10), QUERIES);

/** mulberry32: small, seeded, deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(20261122);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

// Word stock: base forms of this field's vocabulary (nouns that take regular endings).
const FIRST = ['työ', 'kunto', 'mielen', 'elämän', 'talous', 'osaamis', 'arki', 'perhe', 'terveys', 'asumis', 'opinto', 'ura', 'yrittäjyys', 'kieli', 'liikunta', 'vertais', 'digi', 'luonto', 'kulttuuri', 'ryhmä'];
const SECOND = ['valmennus', 'ohjaus', 'kuntoutus', 'neuvonta', 'tuki', 'paja', 'kokeilu', 'klinikka', 'verkosto', 'polku', 'palvelu', 'toiminta', 'koulutus', 'tiimi', 'kartoitus', 'arviointi', 'keskus', 'hanke', 'malli', 'ryhmä'];
const PLACES = ['Kainuun', 'Lapin', 'Savon', 'Karjalan', 'Pirkanmaan', 'Uudenmaan', 'Satakunnan', 'Pohjanmaan', 'Hämeen', 'Kymenlaakson', 'Keski-Suomen', 'Päijät-Hämeen', 'Etelä-Savon', 'Varsinais-Suomen', 'Kanta-Hämeen', 'Pohjois-Savon', 'Itä-Uudenmaan', 'Vantaan', 'Espoon', 'Oulun'];
const SUBJECTS = ['nuori', 'työnhakija', 'kuntoutuja', 'opiskelija', 'maahanmuuttaja', 'työtön', 'osatyökykyinen', 'perheellinen', 'yrittäjä', 'eläkeläinen', 'vanki', 'asunnoton', 'vammainen', 'sairastunut', 'valmistuva'];
const OBJECTS = ['työpaikka', 'opiskelupaikka', 'arjenhallinta', 'toimeentulo', 'terveys', 'jaksaminen', 'osaaminen', 'mielenterveys', 'velkatilanne', 'asunto', 'kielitaito', 'ammatti', 'työkyky', 'motivaatio', 'verkosto', 'päihteettömyys', 'liikkuminen', 'harrastus', 'koulutus', 'tulevaisuus'];
const VERBS = ['tarvitsee', 'etsii', 'haluaa', 'kaipaa', 'hakee', 'toivoo'];
const GROUPS = ['Nuoret', 'Osatyökykyiset', 'Pitkäaikaistyöttömät', 'Maahanmuuttajat', 'Mielenterveyskuntoutujat', 'Päihdekuntoutujat', 'Vammaiset', 'Valmistuvat opiskelijat', 'Työttömät työnhakijat', 'Työnantajat', 'Kehitysvammaiset', 'Ammattilaiset'];
const FILLER = ['asiakas', 'joka', 'on', 'ollut', 'pitkään', 'ja', 'hänellä', 'mutta', 'kun', 'nyt', 'vielä', 'tarvitsisi', 'apua'];
// Case endings a professional's sentence puts on the words (added to the base form).
const ENDINGS = ['lle', 'ssa', 'n', 'sta', 'an', 'a', 'lla'];

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

interface Generated {
  input: IndexInput;
  words: Map<string, string[]>;
}

function generate(count: number): Generated {
  const national = { national: true, wellbeingAreas: [], employmentAreas: [], municipalities: [] };
  const services: IndexServiceInput[] = [];
  const criteria: IndexInput['criteria'][number][] = [];
  const words = new Map<string, string[]>();
  for (let i = 0; i < count; i++) {
    const id = `palvelu-${i}`;
    const compound = `${pick(FIRST)}${pick(SECOND)}`;
    const place = pick(PLACES);
    const subject = pick(SUBJECTS);
    const object = pick(OBJECTS);
    const name = `${place} ${compound} ${i}`;
    const summary = `${capital(compound)} on palvelu, jossa ${subject} saa tukea: ${object} ja ${pick(OBJECTS)} kuntoon yhdessä ${pick(SECOND)}n kanssa.`;
    const items = [0, 1, 2].map((k) => ({
      id: `k${k}`,
      text: `${capital(pick(SUBJECTS))} ${pick(VERBS)} ${pick(OBJECTS)} ja ${pick(FIRST)}${pick(SECOND)}.`,
      force: k === 0 ? 'required' : 'preferred',
    }));
    const targetGroups = [pick(GROUPS), pick(GROUPS)].map((g) => g.toLowerCase().replace(/[^a-z]+/g, '-'));
    services.push({
      id,
      name,
      kind: 'service',
      status: 'established',
      summary,
      targetGroups: [...new Set(targetGroups)],
      roles: [],
      actors: [],
      offerings: [],
      staircaseLevels: [],
      regions: national,
      sources: [],
    });
    criteria.push({ id: `kriteerit-${i}`, title: `${name}: kenelle`, appliesTo: [id], items });
    words.set(id, [compound, subject, object, items[0]?.text.split(' ')[2] ?? object]);
  }
  return {
    input: {
      services,
      criteria,
      targetGroups: GROUPS.map((name) => ({ id: name.toLowerCase().replace(/[^a-z]+/g, '-'), name })),
      roles: [],
      glossary: [],
      actors: [],
      levels: [],
    },
    words,
  };
}

/** Inflects a base form crudely the way a sentence would (the search must undo it). */
function inflect(word: string): string {
  const ending = pick(ENDINGS);
  return /[aeiouyäö]$/.test(word) ? `${word}${ending}` : `${word}i${ending}`;
}

function typo(word: string): string {
  if (word.length < 6) return word;
  const at = 2 + Math.floor(rand() * (word.length - 3));
  return `${word.slice(0, at)}${word[at + 1] ?? ''}${word[at] ?? ''}${word.slice(at + 2)}`;
}

interface Query {
  text: string;
  expect: string;
}

function queries(generated: Generated, count: number): Query[] {
  const ids = [...generated.words.keys()];
  return Array.from({ length: count }, () => {
    const id = pick(ids);
    const [compound = '', subject = '', object = ''] = generated.words.get(id) ?? [];
    const parts = [pick(FILLER), pick(FILLER), inflect(subject), pick(FILLER), inflect(compound), inflect(object), pick(FILLER)];
    const text = parts.map((word, i) => (i === 4 && rand() < 0.3 ? typo(word) : word)).join(' ');
    return { text, expect: id };
  });
}

function stats(times: number[]): { median: number; p95: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95) };
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

/** The search as the page runs it: description reading, places, criteria and word scores. */
// The searcher keeps its last ranking (a redisplay is free); forget it, so every timed run ranks anew.
const search = (searcher: ReturnType<typeof loadSearcher>, text: string, options: { limit: number }) => {
  searcher.lastRanking = undefined;
  return referralSearch(searcher, text, options).hits;
};

// ---- run ----
let started = performance.now();
const generated = generate(SERVICES);
// The real reading tables (situations and target groups with cues, the lexicon, places), so each
// query pays for reading the description as it does on the site.
const real = indexInput(collectionsFromEntries(checkContent(join(import.meta.dirname, '..', 'content')).entries));
Object.assign(generated.input, { situations: real.situations, lexicon: real.lexicon, municipalities: real.municipalities, wellbeingAreas: real.wellbeingAreas });
const data = buildSearchIndex(generated.input);
const buildMs = performance.now() - started;
const json = JSON.stringify(data);
started = performance.now();
const searcher = loadSearcher(JSON.parse(json) as typeof data);
const loadMs = performance.now() - started;
const set = queries(generated, QUERIES);
// The first query also decodes the postings and passages it needs (the index decodes lazily).
started = performance.now();
search(searcher, set[0]?.text ?? '', { limit: 20 });
const firstMs = performance.now() - started;

console.log(`Synthetic catalogue: ${SERVICES} services, ${data.terms.length} index terms, index JSON ${(json.length / 1e6).toFixed(1)} MB`);
console.log(`Index build ${ms(buildMs)}; parse + load in the browser's place ${ms(loadMs)}; first query (cold, decodes what it needs) ${ms(firstMs)}`);
console.log(`Queries: ${QUERIES}, e.g. "${set[0]?.text}"`);

// Warm-up: the JIT, and the lazily normalised texts of candidates (as in a session of typing).
for (const query of set) search(searcher, query.text, { limit: 3 });
/** Time of one call: the median of REPEATS runs, so a pause of this shared machine does not count as the query's. */
const REPEATS = 5;
function timed(run: () => void): number {
  const runs: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    const t = performance.now();
    run();
    runs.push(performance.now() - t);
  }
  return runs.sort((a, b) => a - b)[Math.floor(REPEATS / 2)] ?? Number.NaN;
}
const ours: number[] = [];
let oursHits = 0;
for (const query of set) {
  ours.push(timed(() => search(searcher, query.text, { limit: 20 })));
  if (search(searcher, query.text, { limit: 3 }).some((hit) => hit.service.id === query.expect)) oursHits++;
}

// Keystrokes: every prefix of a few queries, as typed (20 results, as the page shows).
const keystrokes: number[] = [];
for (const query of set.slice(0, 10)) {
  for (let end = 1; end <= query.text.length; end++) keystrokes.push(timed(() => search(searcher, query.text.slice(0, end), { limit: 20 })));
}

const docs = generated.input.services.map((service) => ({
  name: service.name,
  summary: service.summary,
  criteria: generated.input.criteria.find((list) => list.appliesTo.includes(service.id))?.items.map((item) => item.text) ?? [],
  targetGroups: service.targetGroups,
  id: service.id,
}));
const plainFuse = new Fuse(docs, { keys: ['name', 'summary', 'criteria', 'targetGroups'] });
const plain: number[] = [];
let plainHits = 0;
let oursHitsOnPlainSet = 0;
for (const query of set.slice(0, PLAIN)) {
  const t = performance.now();
  const top = plainFuse.search(query.text, { limit: 3 });
  plain.push(performance.now() - t);
  if (top.some((hit) => hit.item.id === query.expect)) plainHits++;
  if (search(searcher, query.text, { limit: 3 }).some((hit) => hit.service.id === query.expect)) oursHitsOnPlainSet++;
}

const o = stats(ours);
const k = stats(keystrokes);
const p = stats(plain);
const pct = (hits: number, of: number) => `${((hits / Math.max(1, of)) * 100).toFixed(0)} %`;
console.log('');
console.log(`Referral search (description reading, inverted index, criteria), ${QUERIES} queries:`);
console.log(`  per query: median ${ms(o.median)}, p95 ${ms(o.p95)}; hit rate (top 3) ${pct(oursHits, QUERIES)}`);
console.log(`  per keystroke (${keystrokes.length} prefixes of 10 queries): median ${ms(k.median)}, p95 ${ms(k.p95)}`);
console.log(`Plain fuse.js defaults (keys name, summary, criteria, targetGroups), first ${PLAIN} queries, one run each:`);
console.log(`  per query: median ${ms(p.median)}, p95 ${ms(p.p95)}; hit rate (top 3) ${pct(plainHits, PLAIN)} (the referral search on the same queries: ${pct(oursHitsOnPlainSet, PLAIN)})`);
console.log(`Ratio plain / referral search: median ${(p.median / o.median).toFixed(0)}×, p95 ${(p.p95 / o.p95).toFixed(0)}×`);
console.log(`Target: p95 ≤ 16 ms per query at ${SERVICES} services → ${o.p95 <= 16 ? 'met' : 'NOT met'}`);
