/**
 * Preloads each page's island modules from its <head>. An island's code is otherwise discovered
 * late: the browser meets <astro-island component-url=…> only once the HTML before it is parsed,
 * then learns of the chunks that module imports (React, the shared code) only once it has arrived,
 * a second round trip. With <link rel="modulepreload"> for the island's modules and everything they
 * import statically, all of it downloads (and compiles off the main thread) while the page is
 * still being parsed. Lazily imported chunks (import("…")) are left to load when needed.
 *
 * The links are same-origin scripts, so the Content-Security-Policy's script-src 'self' covers them.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

/** An island's opening tag (Astro escapes ">" in its props, so the first ">" ends it), and its module attributes. */
const ISLAND_TAG = /<astro-island\b[^>]*>/g;
const MODULE_ATTRIBUTE = /\s(?:component-url|renderer-url)="(\/[^"]+)"/g;
/** Static imports and re-exports of a built chunk (`import{a}from"./x.js"`, `import"./y.js"`), not import("…"). */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{},\s]*?\bfrom\s*)?["']([^"']+\.js)["']/g;

/** The island modules a page loads, in the order it asks for them (component, then renderer). */
export function islandModules(html: string): string[] {
  const found = new Set<string>();
  for (const [tag] of html.matchAll(ISLAND_TAG)) {
    for (const [, url] of tag.matchAll(MODULE_ATTRIBUTE)) if (url !== undefined) found.add(url);
  }
  return [...found];
}

/** The statically imported modules of a chunk, as absolute URLs. */
export function staticImports(url: string, code: string): string[] {
  const base = posix.dirname(url);
  return [...code.matchAll(STATIC_IMPORT)].flatMap((match) => {
    const specifier = match[1] ?? '';
    if (specifier.startsWith('/')) return [specifier];
    return specifier.startsWith('.') ? [posix.join(base, specifier)] : [];
  });
}

/**
 * The page with a modulepreload link for each of its islands' modules and their static imports
 * (depth first, each once), before </head>; unchanged when it has no island. `read` returns a
 * module's code, or undefined for one that is not in the build (never preloaded: a 404 helps nobody).
 */
export function withModulePreloads(html: string, read: (url: string) => string | undefined): string {
  const roots = islandModules(html);
  if (roots.length === 0) return html;
  const ordered: string[] = [];
  const visit = (url: string) => {
    const code = ordered.includes(url) ? undefined : read(url);
    if (code === undefined) return;
    ordered.push(url);
    for (const next of staticImports(url, code)) visit(next);
  };
  roots.forEach(visit);
  const links = ordered.filter((url) => !html.includes(`href="${url}"`)).map((url) => `<link rel="modulepreload" href="${url}">`);
  return links.length === 0 ? html : html.replace('</head>', `${links.join('')}</head>`);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export function islandPreload(): AstroIntegration {
  return {
    name: 'palvelukyla-island-preload',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const modules = new Map<string, string | undefined>();
        const read = (url: string) => {
          const path = join(root, url);
          if (!modules.has(url)) modules.set(url, existsSync(path) ? readFileSync(path, 'utf8') : undefined);
          return modules.get(url);
        };
        let pages = 0;
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          if (!html.includes('<astro-island')) continue;
          const next = withModulePreloads(html, read);
          if (next === html) continue;
          writeFileSync(file, next);
          pages++;
        }
        logger.info(`modulepreload links on ${pages} pages with islands`);
      },
    },
  };
}
