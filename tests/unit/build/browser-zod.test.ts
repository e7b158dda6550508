/**
 * The browser's zod: every island page loads one shared chunk holding the union of the zod/mini
 * code that any island uses. The islands' schemas keep to string checks (string, trim, regex,
 * maxLength, refine, pipe, transform), so that chunk stays small: the object, array and enum
 * schemas they replaced made /ohjautuminen/'s JavaScript 1.6 kB gzip larger (README "Budgets").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = join(import.meta.dirname, '../../../src');
const ALLOWED = new Set(['string', 'trim', 'regex', 'maxLength', 'refine', 'pipe', 'transform']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

const browserZod = sourceFiles(SRC).filter((file) => /from 'zod\/mini'/.test(readFileSync(file, 'utf8')));

describe("the islands' zod schemas", () => {
  test('some island code uses zod/mini (else this test checks nothing)', () => {
    expect(browserZod.length).toBeGreaterThan(0);
  });

  test.each(browserZod.map((file) => [relative(SRC, file), file]))('%s uses string checks only', (_name, file) => {
    const used = [...readFileSync(file, 'utf8').matchAll(/\bz\.(\w+)\(/g)].map((match) => match[1]!);
    expect(used.filter((name) => !ALLOWED.has(name))).toEqual([]);
  });
});
