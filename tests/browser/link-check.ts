/**
 * Link integrity of a built site: every internal link of every HTML page leads to a page or file
 * that exists, and every #anchor to an element with that id on the target page. Reads the build
 * output (no browser): hrefs of <a>, <area> and <link>, ids from the pages themselves.
 * Used by tests/browser/links.test.ts (real catalogue) and tests/national/ (national scale).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ORIGIN = 'https://palvelukyla.example';

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name] ?? whole),
  );

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The URL path a built file answers at: dist/palvelut/x/index.html → /palvelut/x/. */
function urlPathOf(outDir: string, file: string): string {
  const path = '/' + relative(outDir, file).split(sep).join('/');
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The built file for a URL path, or undefined (directories answer with their index.html). */
function fileFor(outDir: string, pathname: string): string | undefined {
  const candidate = join(outDir, decodeURIComponent(pathname));
  if (!existsSync(candidate)) return undefined;
  if (statSync(candidate).isDirectory()) {
    const index = join(candidate, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return candidate;
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (ids === undefined) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((match) => decode(match[1] ?? '')));
    idCache.set(file, ids);
  }
  return ids;
}

export interface LinkCheck {
  pages: number;
  /** Internal links followed. */
  checked: number;
  /** "href (problem) on N page(s), e.g. …", one line per broken link. */
  broken: string[];
}

/** Follows every internal link and #anchor of the site built in `outDir`. */
export function checkLinks(outDir: string): LinkCheck {
  const files = htmlFiles(outDir);
  const broken = new Map<string, Set<string>>();
  let checked = 0;
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const base = new URL(urlPathOf(outDir, file), ORIGIN);
    for (const match of html.matchAll(/<(?:a|area|link)\b[^>]*?\shref="([^"]*)"/g)) {
      const href = decode(match[1] ?? '');
      const url = new URL(href, base);
      if (url.origin !== ORIGIN) continue;
      checked += 1;
      const target = fileFor(outDir, url.pathname);
      const fragment = decodeURIComponent(url.hash.slice(1));
      let problem: string | undefined;
      if (target === undefined) problem = 'no such page';
      else if (fragment !== '' && target.endsWith('.html') && !idsOf(target).has(fragment)) problem = `no id "${fragment}"`;
      if (problem !== undefined) {
        const key = `${href} (${problem})`;
        broken.set(key, (broken.get(key) ?? new Set()).add(base.pathname));
      }
    }
  }
  return {
    pages: files.length,
    checked,
    broken: [...broken].map(([link, pages]) => `${link} on ${pages.size} page(s), e.g. ${[...pages].slice(0, 3).join(', ')}`),
  };
}
