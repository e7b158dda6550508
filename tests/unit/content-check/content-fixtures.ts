/** Builds a throw-away content folder: the valid base fixture with one bad fixture laid over it. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

export const fixturesDir = join(import.meta.dirname, '..', '..', 'fixtures');
export const badContentDir = join(fixturesDir, 'bad-content');

/** Kinds of bad input, one folder each, with the message fragment they must produce. */
export function badFixtures(): { kind: string; expected: string }[] {
  return readdirSync(badContentDir)
    .sort()
    .map((kind) => ({ kind, expected: readFileSync(join(badContentDir, kind, 'expect.txt'), 'utf8').trim() }));
}

/** A temporary folder removed when the current test finishes (every run made thousands otherwise). */
export function temporaryFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** Copies the base fixture (and the named bad fixture over it) to `<tmp>/content`, for the current test; returns that path. */
export function contentFolder(badKind?: string): string {
  const content = join(temporaryFolder('palvelukyla-'), 'content');
  cpSync(join(fixturesDir, 'content-base'), content, { recursive: true });
  if (badKind !== undefined) {
    cpSync(join(badContentDir, badKind), content, { recursive: true, filter: (source) => !source.endsWith('expect.txt') });
  }
  return content;
}
