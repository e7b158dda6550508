/**
 * "Facts carry over, sentences do not": no content string may repeat a run of 10 words of a
 * seed. tests/fixtures/seed-shingles.json holds the hashed 10-word runs of the seeds (made by
 * scripts/seed-shingles.ts), so this test never reads ../shared.
 *
 * Checked: every prose string (summary, description, explanation, text, tasks, notes, label,
 * hint, and any other free-text field). Not checked, because proper names may and must be
 * repeated as the seeds write them: `name`, `shortName`, `title`, `term` and `expansion`, source
 * references, runs made of municipality names (lists such as "Joensuu, Kontiolahti, …") and runs of
 * diagram number labels.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SHINGLE_WORDS, shingleHash, shingles, textWords, type SeedShingles } from '../../scripts/seed-shingles.ts';
import { contentStrings, where, type ContentString } from './content-strings.ts';

const seed = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seed-shingles.json'), 'utf8')) as SeedShingles;
const seedHashes = new Set(seed.hashes);

/** Fields that hold names and titles, which are repeated as the seeds write them. */
const NAME_KEYS = new Set(['name', 'shortName', 'title', 'term', 'expansion']);
/** Fields of a source reference or an address, not prose. */
const REFERENCE_KEYS = new Set(['source', 'lines', 'url', 'href', 'id']);

const { check, strings } = contentStrings();

/**
 * Lowercased municipality names; a run made mostly of them (at most three other words, such as
 * "ja" or a heading before the list) is a list, not prose.
 */
const municipalityWords = new Set(
  [...check.entries.municipalities.values()].flatMap((entry) => textWords(`${entry.data.name} ${entry.data.nameSv}`)),
);
const LIST_GLUE = new Set(['ja', 'sekä', 'och']);

function isMunicipalityList(words: readonly string[]): boolean {
  const listed = words.filter(
    (word) => LIST_GLUE.has(word) || municipalityWords.has(word) || [...municipalityWords].some((name) => name.length >= 4 && word.startsWith(name)),
  );
  return listed.length >= words.length - 3;
}

/** Diagram labels ("1 8 9 2 7 10 …") are not sentences. */
function isNumberLabels(words: readonly string[]): boolean {
  return words.filter((word) => /\p{L}/u.test(word)).length < 3;
}

function checked(item: ContentString): boolean {
  if (item.collection === 'municipalities' || item.collection === 'sources') return false;
  if (NAME_KEYS.has(item.key) || REFERENCE_KEYS.has(item.key)) return false;
  // A string inside a list of names (e.g. `synonyms`, `keywords`) is a name too.
  return !['keywords', 'synonyms'].includes(item.key);
}

/** The longest word runs of `text` that a seed also has, merged where 10-word windows overlap. */
function copiedRuns(text: string): string[] {
  const words = textWords(text);
  const runs: { start: number; end: number }[] = [];
  for (const shingle of shingles(words, seed.words)) {
    if (!seedHashes.has(shingleHash(shingle.words)) || isMunicipalityList(shingle.words) || isNumberLabels(shingle.words)) continue;
    const last = runs.at(-1);
    const end = shingle.start + seed.words;
    if (last !== undefined && shingle.start <= last.end) last.end = end;
    else runs.push({ start: shingle.start, end });
  }
  return runs.map((run) => words.slice(run.start, run.end).join(' '));
}

describe('no copied seed sentences', () => {
  test('the seed runs are loaded', () => {
    expect(seed.words).toBe(SHINGLE_WORDS);
    expect(seedHashes.size).toBeGreaterThan(10_000);
  });

  test('a copied sentence is found, a municipality list is not', () => {
    // The opening lines of seed 000 (the network's own description of itself), split over lines as in the seed.
    expect(copiedRuns('Fokus työllisyyden edistämisen ajankohtaisissa\nyhdyspintakysymyksissä ja hyvien käytänteiden jakamisessa. Tukee yhteistä')).toHaveLength(1);
    expect(isMunicipalityList(textWords('Joensuu, Kontiolahti, Liperi, Outokumpu, Polvijärvi, Heinävesi, Juuka, Lieksa, Nurmes ja Ilomantsi'))).toBe(true);
    expect(isMunicipalityList(textWords('asiakas ohjataan tiimiin kun työkyky on heikentynyt eikä hänellä ole työterveyshuoltoa'))).toBe(false);
  });

  test('no content string repeats a 10-word run of a seed', () => {
    const copied = strings.filter(checked).flatMap((item) => copiedRuns(item.text).map((run) => `${where(item)}: "${run}"`));
    expect(copied).toEqual([]);
  });
});
