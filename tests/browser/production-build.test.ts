/**
 * The built site ships React's production build. The browser tests build under vitest, which sets
 * NODE_ENV=test: exactly the case that used to ship the development build (391 KB instead of 209 KB).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const assets = join(resolve(process.env['PALVELUKYLA_OUT_DIR'] ?? 'dist'), '_astro');
/** Strings only React's development bundles contain (warnings and dev-only helpers). */
const DEVELOPMENT_MARKERS = ['Each child in a list should have a unique', 'react-stack-top-frame', 'jsxDEV('];

describe('production build', () => {
  test('no script in the build is a development build of React', () => {
    const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((file) => file.startsWith('jsx-dev-runtime'))).toEqual([]);
    const offenders = scripts.filter((file) => {
      const text = readFileSync(join(assets, file), 'utf8');
      return DEVELOPMENT_MARKERS.some((marker) => text.includes(marker));
    });
    expect(offenders).toEqual([]);
  });
});
