/**
 * Referral-search quality: `npm run bench:quality` (Node 24 runs this TypeScript directly).
 *
 * Builds the search index from content/ (through the content gate, as the site does) and scores
 * the held-out sets of client descriptions (never tuned on; the second written after four rounds
 * of tuning, the third after five, the fourth after six, the fifth after seven), the development sets (tuned on, and content
 * the search learns from: content/referral-examples/, each scored by an index built without its own
 * examples) and the original 55 queries — each with the site's search and with plain fuse.js
 * (default options, over name + summary + description) as the baseline; then the totals. Prints hit@1, hit@3 and
 * MRR (reciprocal rank of the first accepted service within the top 10). Misses are listed for the
 * development set only, so nobody tunes on the held-out texts by reading them here.
 *
 *   npm run bench:quality                 all sets
 *   npm run bench:quality -- --misses     also list the misses (never the held-out set's)
 *   npm run bench:quality -- --tuning     leave the held-out set out (while tuning)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Fuse from 'fuse.js';
import { parse } from 'yaml';
import { checkContent } from '../src/content-check/index.ts';
import { buildSearchIndex } from '../src/lib/search/index-build.ts';
import { collectionsFromEntries, indexInput, withoutExampleSet } from '../src/lib/search/input.ts';
import { referralSearch } from '../src/lib/search/referral-search.ts';
import { loadSearcher } from '../src/lib/search/searcher.ts';

interface Case {
  text: string;
  accept: string[];
}

const root = resolve(import.meta.dirname, '..');
const qualityDir = join(root, 'tests/content-policy/search-quality');
const readCases = (file: string, textKey: string, acceptKey: string): Case[] =>
  (parse(readFileSync(join(qualityDir, file), 'utf8')) as Record<string, unknown>[]).map((row) => ({
    text: String(row[textKey]),
    accept: row[acceptKey] as string[],
  }));

const tuning = process.argv.includes('--tuning');
const contentDir = process.env['PALVELUKYLA_CONTENT_DIR'] ?? join(root, 'content');
const { entries, problems } = checkContent(contentDir);
if (problems.length > 0) {
  console.error(`content check failed (${problems.length} problems): run npm run check:content`);
  process.exit(1);
}
const collections = collectionsFromEntries(entries);
const searcher = loadSearcher(buildSearchIndex(indexInput(collections)));
const exampleSets = collections.referralExamples;

/** A set of descriptions, and the searcher that scores it. */
interface EvaluationSet {
  name: string;
  cases: Case[];
  rank: (text: string) => string[];
}
const ranker = (which: typeof searcher) => (text: string) => referralSearch(which, text, { limit: 10 }).hits.map((hit) => hit.service.id);
const sets: EvaluationSet[] = [
  // --tuning leaves the held-out set out, so figures seen while tuning come from the development half only.
  ...(tuning
    ? []
    : ['', '-2', '-3', '-4', '-5'].map((suffix, i) => ({
        name: `held-out descriptions${i === 0 ? '' : ` ${i + 1}`}`,
        cases: readCases(`descriptions-held-out${suffix}.yaml`, 'text', 'accept'),
        rank: ranker(searcher),
      }))),
  // The development sets are content the search learns from (content/referral-examples/): each is
  // scored by an index built without its own examples, so its figure is one for unseen descriptions.
  ...exampleSets.map((set) => ({
    name: set.id.replace('development-', 'development descriptions '),
    cases: set.examples.map((example) => ({ text: example.text, accept: example.accept })),
    rank: ranker(loadSearcher(buildSearchIndex(indexInput(withoutExampleSet(collections, set.id))))),
  })),
  { name: 'original queries', cases: readCases('queries.yaml', 'query', 'expect'), rank: ranker(searcher) },
];

const fuse = new Fuse(
  collections.services.map((service) => ({ id: service.id, name: service.name, summary: service.summary, description: service.description.join(' ') })),
  { keys: ['name', 'summary', 'description'] },
);

interface Score {
  hit1: number;
  hit3: number;
  mrr: number;
  misses: string[];
}

function score(cases: readonly Case[], rank: (text: string) => string[]): Score {
  let hit1 = 0;
  let hit3 = 0;
  let mrr = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const top = rank(c.text).slice(0, 10);
    const first = top.findIndex((id) => c.accept.includes(id));
    if (first === 0) hit1++;
    if (first >= 0 && first < 3) hit3++;
    else misses.push(`  ${c.text.slice(0, 110)}…\n    accept ${c.accept.join('|')}; got ${top.slice(0, 3).join(', ') || '(nothing)'}`);
    if (first >= 0) mrr += 1 / (first + 1);
  }
  return { hit1: hit1 / cases.length, hit3: hit3 / cases.length, mrr: mrr / cases.length, misses };
}

const pct = (value: number) => `${(value * 100).toFixed(1).padStart(5)} %`;
const line = (name: string, n: number, s: Score) => `${name.padEnd(28)} n=${String(n).padStart(3)}  hit@1 ${pct(s.hit1)}  hit@3 ${pct(s.hit3)}  MRR ${s.mrr.toFixed(3)}`;

console.log(`referral-search quality on ${collections.services.length} services (${contentDir})\n`);
const showMisses = process.argv.includes('--misses');
const totals = new Map<string, { n: number; hit1: number; hit3: number; mrr: number }>();
for (const { name, cases, rank } of sets) {
  const ours = score(cases, rank);
  const group = name.startsWith('held-out') ? 'held-out, all sets' : name.startsWith('development') ? 'development, all sets' : undefined;
  if (group !== undefined) {
    const total = totals.get(group) ?? { n: 0, hit1: 0, hit3: 0, mrr: 0 };
    totals.set(group, { n: total.n + cases.length, hit1: total.hit1 + ours.hit1 * cases.length, hit3: total.hit3 + ours.hit3 * cases.length, mrr: total.mrr + ours.mrr * cases.length });
  }
  const plain = score(cases, (text) => fuse.search(text, { limit: 10 }).map((result) => result.item.id));
  console.log(line(`${name}: Palvelukylä`, cases.length, ours));
  console.log(line(`${name}: fuse.js defaults`, cases.length, plain));
  if (showMisses && !name.startsWith('held-out')) console.log(`${name} misses (${ours.misses.length}):\n${ours.misses.join('\n')}`);
  console.log('');
}
for (const [group, total] of totals) {
  console.log(line(`${group}: Palvelukylä`, total.n, { hit1: total.hit1 / total.n, hit3: total.hit3 / total.n, mrr: total.mrr / total.n, misses: [] }));
}
