/**
 * Builds tests/fixtures/seed-shingles.json: every run of 10 consecutive words in the seed texts,
 * hashed, so tests/content-policy/no-copied-text.test.ts can tell when a content string repeats a seed
 * sentence ("facts carry over, sentences do not") without the project reading ../shared at
 * test time.
 *
 * Run with the project's Node (24, as npm scripts do; from a shell: `npm exec -- node …`):
 *   node scripts/seed-shingles.ts                 (reads ../shared/seeds/*.txt)
 *   node scripts/seed-shingles.ts DIR             (reads DIR/*.txt)
 *
 * Words are runs of letters and digits, lowercased. A word hyphenated across a line break
 * ("elin-\nkeino") is joined first. Seed 004 was extracted from a PDF with spaces inside words
 * ("työll istymistä", "muisti l ista"); the runs of a second reading with those spaces closed
 * are added too, so a sentence copied and then tidied is still found.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHINGLE_FILE = join(import.meta.dirname, '..', 'tests', 'fixtures', 'seed-shingles.json');
export const SHINGLE_WORDS = 10;

export interface SeedShingles {
  about: string;
  words: number;
  /** First 12 hex characters of the SHA-256 of each run (its words joined by single spaces), sorted. */
  hashes: string[];
}

/** Lowercased letter-and-digit runs of a text, after joining words hyphenated across a line break. */
export function textWords(text: string): string[] {
  const joined = text.replace(/(\p{L})-[ \t]*\r?\n\s*(?=\p{Ll})/gu, '$1');
  return joined.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The same text with the PDF-extraction spaces around l, i, f and t closed ("si irrytä" → "siirrytä"). */
export function closeLigatureGaps(text: string): string {
  return text.replace(/(?<=[lift])[ ]+(?=[lit])/g, '');
}

/** First 12 hex characters of the SHA-256 of a run of words. */
export function shingleHash(words: readonly string[]): string {
  return createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 12);
}

/** Every run of `size` consecutive words, with its starting index. */
export function* shingles(words: readonly string[], size = SHINGLE_WORDS): Generator<{ start: number; words: string[] }> {
  for (let start = 0; start + size <= words.length; start += 1) yield { start, words: words.slice(start, start + size) };
}

function main(): void {
  const dir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'seeds'));
  const files = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort();
  if (files.length === 0) {
    console.error(`no .txt seeds in ${dir}`);
    process.exit(1);
  }
  const hashes = new Set<string>();
  for (const name of files) {
    const text = readFileSync(join(dir, name), 'utf8');
    for (const variant of [text, closeLigatureGaps(text)]) {
      for (const shingle of shingles(textWords(variant))) hashes.add(shingleHash(shingle.words));
    }
  }
  const result: SeedShingles = {
    about: `Hashed ${SHINGLE_WORDS}-word runs of the seed texts (${files.join(', ')}), made by scripts/seed-shingles.ts.`,
    words: SHINGLE_WORDS,
    hashes: [...hashes].sort(),
  };
  // One hash a line keeps the file diffable when the seeds change.
  const json = `{\n  "about": ${JSON.stringify(result.about)},\n  "words": ${result.words},\n  "hashes": [\n${result.hashes.map((hash) => `    "${hash}"`).join(',\n')}\n  ]\n}\n`;
  writeFileSync(SHINGLE_FILE, json);
  console.log(`wrote ${result.hashes.length} shingle hashes from ${files.length} seeds to ${SHINGLE_FILE}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
