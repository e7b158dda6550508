/**
 * A yardstick for the search's first-result time: Pagefind (the static-site search Astro
 * Starlight ships, https://pagefind.app) indexes the same built pages, and its default UI, on a
 * page of its own, answers the same query in the same throttled Chromium. The target
 * (first results within 1 s) was set against Pagefind's 0.7–1.2 s on another machine; measured
 * here, the two figures say how much of a gap is this machine and how much is the site.
 * Pagefind needs every word of a query, so the query is one both catalogues contain.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The page that runs Pagefind's default UI on the query in its URL (?q=). */
export const PAGEFIND_PAGE = '/pagefind-yardstick.html';
/** Selector of Pagefind UI's first result. */
export const PAGEFIND_RESULT = '.pagefind-ui__result';

const PAGE = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Pagefind</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script></head>
<body><main><div id="search"></div></main><script>
window.addEventListener('DOMContentLoaded', () => {
  const ui = new PagefindUI({ element: '#search', showSubResults: false });
  const q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
});
</script></body></html>`;

/** Indexes every page of the built site at `outDir` (into outDir/pagefind) and adds the yardstick page. */
export function addPagefind(outDir: string): void {
  execFileSync(process.execPath, [resolve('node_modules/pagefind/lib/runner/bin.cjs'), '--site', outDir, '--force-language', 'fi', '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
  writeFileSync(join(outDir, PAGEFIND_PAGE), PAGE);
}
