/**
 * The mökkikylä's early start: a tiny module script, loaded async from the page's head, that reads
 * `?alue=` and adds `<link rel="preload" as="fetch" crossorigin>` for that wellbeing area's village
 * data while the page is still being parsed. The island's own fetch of the same address (made after
 * hydration) then takes the preloaded response instead of starting a new request.
 *
 * The page is static, so the address cannot be in its HTML; and it is a file of its own (written at
 * build time by src/pages/mokkikyla/esilataus.js.ts), not an inline script, so that a strict
 * Content-Security-Policy can forbid inline scripts. The national village needs no data for its
 * first view (it opens folded, from the page's props), so nothing is preloaded without `?alue=`.
 */
import { REGION_PARAM } from './url-state.ts';

/**
 * The script's source: `files` maps each wellbeing area's id to its data file's address. The id is
 * read as parseRegionParam reads it (trimmed, lower case); anything else preloads nothing.
 */
export function preloadScript(files: Readonly<Record<string, string>>): string {
  return [
    '// Mökkikylä: preloads the chosen region\'s village data (src/lib/village/preload.ts).',
    `const files = ${JSON.stringify(files)};`,
    `const id = (new URLSearchParams(location.search).get(${JSON.stringify(REGION_PARAM)}) ?? '').trim().toLowerCase();`,
    'if (Object.hasOwn(files, id)) {',
    "  const link = document.createElement('link');",
    "  link.rel = 'preload';",
    "  link.as = 'fetch';",
    "  link.crossOrigin = 'anonymous';",
    '  link.href = files[id];',
    '  document.head.append(link);',
    '}',
    '',
  ].join('\n');
}
