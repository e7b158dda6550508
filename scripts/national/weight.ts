/**
 * What a built page weighs: its HTML, the stylesheets it links, and the JavaScript it loads,
 * following the imports of the built chunks. Measured on the files of the build output (gzip at
 * zlib's default level, as a static host compresses), shared by the budget tests
 * (tests/browser/budgets.test.ts, tests/national/) and the benchmark (scripts/bench-national.ts).
 *
 * "Loads" means: <script src>, the component and renderer of every <astro-island> (Astro imports
 * them when the island hydrates), <link rel="modulepreload">, and every chunk those import
 * statically. Chunks reached only through import() are listed apart as lazy: they load when the
 * code asks for them, not with the page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  /** The URL path: /palvelut/x/ (or /404.html). */
  path: string;
  type: string;
  html: Bytes;
  css: Bytes & { files: string[] };
  js: Bytes & { files: string[] };
  /** Chunks reached only through import(): not loaded with the page. */
  lazyJs: Bytes & { files: string[] };
  /** Inline scripts (Astro's island loader and the like): part of the HTML, counted apart. */
  inlineJs: Bytes & { count: number };
}

const gzipCache = new Map<string, Bytes>();
function bytesOf(file: string): Bytes {
  let bytes = gzipCache.get(file);
  if (bytes === undefined) {
    const data = readFileSync(file);
    bytes = { raw: data.length, gzip: gzipSync(data).length };
    gzipCache.set(file, bytes);
  }
  return bytes;
}

const sum = (outDir: string, files: Iterable<string>): Bytes & { files: string[] } => {
  const list = [...files].sort();
  return list.reduce(
    (total, file) => {
      const bytes = bytesOf(join(outDir, file));
      return { ...total, raw: total.raw + bytes.raw, gzip: total.gzip + bytes.gzip };
    },
    { raw: 0, gzip: 0, files: list },
  );
};

/** Every HTML file of the build, as paths relative to outDir. */
export function htmlFiles(outDir: string, dir = outDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(outDir, path);
    return entry.name.endsWith('.html') ? [relative(outDir, path).split(sep).join('/')] : [];
  });
}

/** The URL path a built file answers at: palvelut/x/index.html → /palvelut/x/. */
export function urlPathOf(file: string): string {
  const path = `/${file}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Page types by route, most specific first (entry pages by their list's prefix). */
const TYPES: [RegExp, string][] = [
  [/^\/$/, 'home'],
  [/^\/palvelut\/(sivu\/\d+\/)?$/, 'services list'],
  [/^\/palvelut\/[^/]+\/$/, 'service'],
  [/^\/toimijat\/$/, 'actors list'],
  [/^\/toimijat\/[^/]+\/$/, 'actor'],
  [/^\/roolit\/[^/]+\/$/, 'role'],
  [/^\/alueet\/$/, 'regions'],
  [/^\/alueet\/hyvinvointialueet\/[^/]+\/$/, 'wellbeing area'],
  [/^\/alueet\/tyollisyysalueet\/[^/]+\/$/, 'employment area'],
  // The overview and each area's page (/alueet/kattavuus/hyvinvointialueet/<id>/, …/tyollisyysalueet/<id>/).
  [/^\/alueet\/kattavuus\/((hyvinvointialueet|tyollisyysalueet)\/[^/]+\/)?$/, 'coverage'],
  [/^\/alueet\/vertaa\/$/, 'compare'],
  [/^\/mokkikyla\/$/, 'village'],
  [/^\/portaat\/$/, 'staircase'],
  [/^\/polut\/$/, 'pathways list'],
  [/^\/polut\/[^/]+\/$/, 'pathway'],
  [/^\/ohjautuminen\/$/, 'search'],
  [/^\/perehdytys\/$/, 'orientation'],
  [/^\/sanasto\/$/, 'glossary'],
  [/^\/lahteet\/$/, 'sources'],
  [/^\/saavutettavuus\/$/, 'accessibility statement'],
  [/^\/404\.html$/, '404'],
];

export function pageTypeOf(path: string): string {
  return TYPES.find(([pattern]) => pattern.test(path))?.[1] ?? 'other';
}

/** Entry pages: one per catalogue entry or area, and the sources page. Budget: no JavaScript. */
export const ENTRY_PAGE_TYPES = ['service', 'actor', 'role', 'wellbeing area', 'employment area', 'pathway', 'sources'];

const attribute = (tag: string, name: string): string | undefined => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]?.replaceAll('&amp;', '&');

/** Local script and stylesheet addresses a page names, as paths relative to outDir. */
function pageReferences(html: string): { scripts: Set<string>; styles: Set<string> } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const local = (url: string | undefined) => (url !== undefined && url.startsWith('/') && !url.startsWith('//') ? url.slice(1).split(/[?#]/)[0] : undefined);
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = local(attribute(tag, 'src'));
    if (src !== undefined) scripts.add(src);
  }
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const name of ['component-url', 'renderer-url']) {
      const url = local(attribute(tag, name));
      if (url !== undefined) scripts.add(url);
    }
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = attribute(tag, 'rel') ?? '';
    const href = local(attribute(tag, 'href'));
    if (href === undefined) continue;
    if (rel === 'stylesheet') styles.add(href);
    if (rel === 'modulepreload') scripts.add(href);
  }
  return { scripts, styles };
}

const importCache = new Map<string, { static: string[]; dynamic: string[] }>();
/** The chunks a built script imports, statically and through import(), as paths relative to outDir. */
function importsOf(outDir: string, script: string): { static: string[]; dynamic: string[] } {
  let found = importCache.get(script);
  if (found === undefined) {
    const text = readFileSync(join(outDir, script), 'utf8');
    const resolveFrom = (specifier: string) => new URL(specifier, `file:///${script}`).pathname.slice(1);
    const relativeOnly = (specifier: string | undefined) => specifier !== undefined && /^\.{1,2}\//.test(specifier);
    const statics = [...text.matchAll(/(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)].map((m) => m[1]);
    const dynamics = [...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    found = {
      static: statics.filter(relativeOnly).map((s) => resolveFrom(s as string)),
      dynamic: dynamics.filter(relativeOnly).map((s) => resolveFrom(s as string)),
    };
    importCache.set(script, found);
  }
  return found;
}

/** The scripts loaded with the page (static closure) and those only reachable through import(). */
function scriptClosure(outDir: string, entries: Iterable<string>): { loaded: Set<string>; lazy: Set<string> } {
  const loaded = new Set<string>();
  const lazyRoots: string[] = [];
  const walk = (script: string, into: Set<string>, lazy: string[]) => {
    if (into.has(script)) return;
    into.add(script);
    const imports = importsOf(outDir, script);
    for (const next of imports.static) walk(next, into, lazy);
    lazy.push(...imports.dynamic);
  };
  for (const entry of entries) walk(entry, loaded, lazyRoots);
  const lazy = new Set<string>();
  const lazyRest: string[] = [];
  for (const root of lazyRoots) if (!loaded.has(root)) walk(root, lazy, lazyRest);
  for (const script of loaded) lazy.delete(script);
  return { loaded, lazy };
}

/** The weight of one built HTML file (a path relative to outDir). */
export function pageWeight(outDir: string, file: string): PageWeight {
  const full = join(outDir, file);
  const html = readFileSync(full, 'utf8');
  const path = urlPathOf(file);
  const { scripts, styles } = pageReferences(html);
  const { loaded, lazy } = scriptClosure(outDir, scripts);
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes = '']) => !/\ssrc=/.test(attributes) && !/type="application\/(ld\+)?json"/.test(attributes))
    .map(([, , body = '']) => body);
  const inlineText = inline.join('\n');
  return {
    path,
    type: pageTypeOf(path),
    html: bytesOf(full),
    css: sum(outDir, styles),
    js: sum(outDir, loaded),
    lazyJs: sum(outDir, lazy),
    inlineJs: { count: inline.length, raw: Buffer.byteLength(inlineText), gzip: inline.length === 0 ? 0 : gzipSync(inlineText).length },
  };
}

/** Every page of the build, weighed. */
export function siteWeights(outDir: string): PageWeight[] {
  return htmlFiles(outDir).map((file) => pageWeight(outDir, file));
}

/** Total bytes of every file under dir. */
export function directoryBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((total, entry) => {
    const path = join(dir, entry.name);
    return total + (entry.isDirectory() ? directoryBytes(path) : statSync(path).size);
  }, 0);
}

/** One line per page type: count, and the median and largest HTML, CSS and JS (gzip) of its pages. */
export function weightsByType(weights: readonly PageWeight[]): { type: string; pages: number; largest: PageWeight; html: { median: number; max: number; maxRaw: number }; css: number; js: number }[] {
  const groups = new Map<string, PageWeight[]>();
  for (const weight of weights) groups.set(weight.type, [...(groups.get(weight.type) ?? []), weight]);
  return [...groups].map(([type, pages]) => {
    const sorted = [...pages].sort((a, b) => a.html.gzip - b.html.gzip);
    const largest = sorted.at(-1) as PageWeight;
    return {
      type,
      pages: pages.length,
      largest,
      html: { median: sorted[Math.floor(sorted.length / 2)]?.html.gzip ?? 0, max: largest.html.gzip, maxRaw: Math.max(...pages.map((page) => page.html.raw)) },
      css: Math.max(...pages.map((page) => page.css.gzip)),
      js: Math.max(...pages.map((page) => page.js.gzip)),
    };
  });
}
