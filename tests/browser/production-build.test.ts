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

  test('the search page preloads its island and everything it imports statically, from files that exist', () => {
    const html = readFileSync(join(assets, '..', 'ohjautuminen', 'index.html'), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    const preloaded = [...head.matchAll(/<link rel="modulepreload" href="\/_astro\/([^"]+)">/g)].map((match) => match[1] ?? '');
    const component = /component-url="\/_astro\/([^"]+)"/.exec(html)?.[1];
    expect(component).toBeDefined();
    expect(preloaded).toContain(component);
    // React travels in its own chunk (astro.config.ts): the island cannot run without it.
    expect(preloaded.some((file) => file.startsWith('react.'))).toBe(true);
    const files = new Set(readdirSync(assets));
    expect(preloaded.filter((file) => !files.has(file))).toEqual([]);
  });
});
