/** Builds a throw-away content folder: the valid base fixture with one bad fixture laid over it. */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const fixturesDir = join(import.meta.dirname, '..', '..', 'fixtures');
export const badContentDir = join(fixturesDir, 'bad-content');

/** Kinds of bad input, one folder each, with the message fragment they must produce. */
export function badFixtures(): { kind: string; expected: string }[] {
  return readdirSync(badContentDir)
    .sort()
    .map((kind) => ({ kind, expected: readFileSync(join(badContentDir, kind, 'expect.txt'), 'utf8').trim() }));
}

/** Copies the base fixture (and the named bad fixture over it) to `<tmp>/content`; returns that path. */
export function contentFolder(badKind?: string): string {
  const content = join(mkdtempSync(join(tmpdir(), 'palvelukyla-')), 'content');
  cpSync(join(fixturesDir, 'content-base'), content, { recursive: true });
  if (badKind !== undefined) {
    cpSync(join(badContentDir, badKind), content, { recursive: true, filter: (source) => !source.endsWith('expect.txt') });
  }
  return content;
}
