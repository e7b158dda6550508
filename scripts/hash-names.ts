/**
 * Builds tests/fixtures/personal-name-hashes.json: salted SHA-256 hashes of the first and last
 * names of the individuals the seeds name (presenters, contact people), so that
 * tests/content-policy/personal-data.test.ts can find a name in the content without the repository ever
 * containing the names themselves.
 *
 * Run with the project's Node (24, as npm scripts do; from a shell: `npm exec -- node …`):
 *   node scripts/hash-names.ts < names.txt            (writes the fixture, keeping its salt)
 *   node scripts/hash-names.ts --new-salt < names.txt (draws a new salt)
 *   node scripts/hash-names.ts --stdout < names.txt   (prints instead of writing)
 *
 * Standard input: names separated by white space or new lines ("Etunimi Sukunimi"); a line
 * starting with # is a comment. Each name is folded (lowercase, ä→a, ö→o, å→a) and split into
 * letter runs, so a double-barrelled name gives two tokens. Feed only tokens that are
 * unambiguous as names: a surname that is also a common Finnish word or a place name would make
 * the test fail on ordinary text.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NAME_HASH_FILE = join(import.meta.dirname, '..', 'tests', 'fixtures', 'personal-name-hashes.json');

export interface NameHashes {
  /** How the hashes were made, for the person who regenerates them. */
  about: string;
  salt: string;
  hashes: string[];
}

/** Lowercase, ä→a, ö→o, å→a (the same folding the test applies to content). */
export function fold(text: string): string {
  return text.toLowerCase().replaceAll('ä', 'a').replaceAll('ö', 'o').replaceAll('å', 'a');
}

/** Folded letter runs of a text: "Etunimi Suku-Nimi" → ["etunimi", "suku", "nimi"]. */
export function nameTokens(text: string): string[] {
  return fold(text).match(/\p{L}+/gu) ?? [];
}

/** Hex SHA-256 of salt + folded token. */
export function hashToken(salt: string, token: string): string {
  return createHash('sha256').update(`${salt}:${fold(token)}`).digest('hex');
}

function main(): void {
  const args = process.argv.slice(2);
  const input = readFileSync(0, 'utf8');
  const tokens = new Set(
    input
      .split('\n')
      .filter((line) => !line.trim().startsWith('#'))
      .flatMap((line) => nameTokens(line))
      .filter((token) => token.length >= 3),
  );
  if (tokens.size === 0) {
    console.error('no names on standard input');
    process.exit(1);
  }
  const previous = existsSync(NAME_HASH_FILE) ? (JSON.parse(readFileSync(NAME_HASH_FILE, 'utf8')) as NameHashes) : undefined;
  const salt = args.includes('--new-salt') || previous === undefined ? randomBytes(16).toString('hex') : previous.salt;
  const result: NameHashes = {
    about:
      'SHA-256 of "<salt>:<token>" for each folded first or last name (lowercase, ä→a, ö→o) of the individuals the seeds name. Made by scripts/hash-names.ts from names on standard input; the names are not stored anywhere in the repository.',
    salt,
    hashes: [...tokens].map((token) => hashToken(salt, token)).sort(),
  };
  const json = `${JSON.stringify(result, null, 2)}\n`;
  if (args.includes('--stdout')) process.stdout.write(json);
  else {
    writeFileSync(NAME_HASH_FILE, json);
    console.log(`wrote ${result.hashes.length} hashes to ${NAME_HASH_FILE}`);
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
