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
  test('entry pages (actor, role, area, pathway and sources pages) ship no JavaScript', () => {
    const entries = weights.filter((weight) => ENTRY_PAGE_TYPES.includes(weight.type) && weight.type !== 'service');
    // Every type is present, so a renamed route cannot empty the check.
    expect(new Set(entries.map((weight) => weight.type))).toEqual(new Set(ENTRY_PAGE_TYPES.filter((type) => type !== 'service')));
    const withScripts = entries
      .filter((weight) => weight.js.files.length > 0 || weight.lazyJs.files.length > 0 || weight.inlineJs.count > 0)
      .map((weight) => `${weight.path}: ${[...weight.js.files, ...weight.lazyJs.files].join(', ')} (+${weight.inlineJs.count} inline)`);
    expect(withScripts).toEqual([]);
  });

  // Service pages carry the print button and the reader's area choice ("Arjen käyttöön"): small external
  // modules, no island and no inline script.
  test('service pages ship no island, only their small page scripts (at most 3 kB gzip, nothing inline)', () => {
    const services = weights.filter((weight) => weight.type === 'service');
    expect(services.length).toBeGreaterThan(50);
    const over = services.filter((weight) => weight.js.gzip + weight.lazyJs.gzip > 3 * kB || weight.inlineJs.count > 0 || weight.js.files.some((file) => /client|react/i.test(file)));
    expect(over.map((weight) => `${weight.path}: ${weight.js.gzip + weight.lazyJs.gzip} B, ${weight.js.files.join(', ')}`)).toEqual([]);
  });

  // The coverage view is counts and tables, server-rendered: the overview and every area's page.
  test('the coverage pages ship no JavaScript', () => {
    const coverage = weights.filter((weight) => weight.type === 'coverage');
    expect(coverage.length).toBeGreaterThan(1);
    const withScripts = coverage
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
