/** Link integrity of the built site (tests/browser/link-check.ts): no broken internal link or #anchor. */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkLinks } from './link-check';

const outDir = resolve(process.env['PALVELUKYLA_OUT_DIR'] ?? 'dist');

describe('links', () => {
  test('every internal link and #anchor of every built page resolves', () => {
    const result = checkLinks(outDir);
    expect(result.pages).toBeGreaterThan(0);
    expect(result.checked).toBeGreaterThan(result.pages);
    expect(result.broken).toEqual([]);
  }, 120_000);
});
