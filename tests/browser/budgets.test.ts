/**
 * Page budgets for the real catalogue (README "Budgets"), measured on the build output with
 * scripts/national/weight.ts: gzip of the scripts each page loads, following the imports of the
 * built chunks (an island's component and renderer included). 1 kB = 1,000 bytes.
 * The national-scale budgets (HTML size at 5,000 services) are tests/national/budgets.test.ts.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ENTRY_PAGE_TYPES, siteWeights, type PageWeight } from '../../scripts/national/weight';

const outDir = resolve(process.env['PALVELUKYLA_OUT_DIR'] ?? 'dist');
const kB = 1000;

let weights: PageWeight[];
beforeAll(() => {
  weights = siteWeights(outDir);
});

const page = (path: string): PageWeight => {
  const found = weights.find((weight) => weight.path === path);
  if (found === undefined) throw new Error(`no page ${path} in ${outDir}`);
  return found;
};

describe('JavaScript budgets (real catalogue)', () => {
  test('entry pages (service, actor, role, area, pathway and sources pages) ship no JavaScript', () => {
    const entries = weights.filter((weight) => ENTRY_PAGE_TYPES.includes(weight.type));
    // Every type is present, so a renamed route cannot empty the check.
    expect(new Set(entries.map((weight) => weight.type))).toEqual(new Set(ENTRY_PAGE_TYPES));
    const withScripts = entries
      .filter((weight) => weight.js.files.length > 0 || weight.lazyJs.files.length > 0 || weight.inlineJs.count > 0)
      .map((weight) => `${weight.path}: ${[...weight.js.files, ...weight.lazyJs.files].join(', ')} (+${weight.inlineJs.count} inline)`);
    expect(withScripts).toEqual([]);
  });

  test('the glossary keeps its filter script small (at most 5 kB gzip)', () => {
    expect(page('/sanasto/').js.gzip).toBeLessThanOrEqual(5 * kB);
  });

  test('/ohjautuminen/ loads at most 100 kB gzip of JavaScript', () => {
    expect(page('/ohjautuminen/').js.gzip).toBeLessThanOrEqual(100 * kB);
  });

  test('/mokkikyla/ loads at most 220 kB gzip of JavaScript', () => {
    expect(page('/mokkikyla/').js.gzip).toBeLessThanOrEqual(220 * kB);
  });
});
