/**
 * Lighthouse (headless Debian Chromium) on one page of every page type of a built site; prints
 * performance and accessibility scores per page. A benchmark: it reports figures, it asserts nothing.
 *   npm run bench:lighthouse              (desktop; builds first unless PALVELUKYLA_SKIP_BUILD=1)
 *   npm run bench:lighthouse -- --mobile  (Lighthouse's mobile defaults: slow 4G, 4x CPU slowdown)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from '../tests/browser/static-server.ts';

const outDir = resolve(process.env['PALVELUKYLA_OUT_DIR'] ?? 'dist');
if (process.env['PALVELUKYLA_SKIP_BUILD'] !== '1' || !existsSync(resolve(outDir, 'index.html'))) {
  console.log('building the site …');
  execFileSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

const catalog = JSON.parse(readFileSync(resolve(outDir, 'data/catalog.json'), 'utf8')) as {
  services: { id: string }[];
  actors: { id: string }[];
  pathways: { id: string }[];
};
const regions = JSON.parse(readFileSync(resolve(outDir, 'data/regions.json'), 'utf8')) as {
  wellbeingAreas: { id: string }[];
  employmentAreas: { id: string }[];
};
const pages = [
  '/',
  '/ohjautuminen/',
  '/ohjautuminen/?q=mielenterveyskuntoutuja',
  '/palvelut/',
  catalog.services[0] && `/palvelut/${catalog.services[0].id}/`,
  catalog.actors[0] && `/toimijat/${catalog.actors[0].id}/`,
  '/alueet/',
  regions.wellbeingAreas[0] && `/alueet/hyvinvointialueet/${regions.wellbeingAreas[0].id}/`,
  regions.employmentAreas[0] && `/alueet/tyollisyysalueet/${regions.employmentAreas[0].id}/`,
  '/alueet/vertaa/',
  '/mokkikyla/',
  '/portaat/',
  '/polut/',
  catalog.pathways[0] && `/polut/${catalog.pathways[0].id}/`,
  '/perehdytys/',
  '/sanasto/',
  '/lahteet/',
].filter((path): path is string => typeof path === 'string');

const mobile = process.argv.includes('--mobile');
const server = await serveStatic(outDir);
const chrome = await chromeLauncher.launch({
  chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows: string[] = [];
try {
  for (const path of pages) {
    const status = (await fetch(server.url + path)).status;
    if (status !== 200) {
      rows.push(`${path.padEnd(48)} not measured: HTTP ${status}`);
      console.log(rows.at(-1));
      continue;
    }
    const result = await lighthouse(server.url + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      throttlingMethod: 'simulate',
      ...(mobile
        ? {}
        : {
            formFactor: 'desktop' as const,
            screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
            throttling: { rttMs: 40, throughputKbps: 10_240, cpuSlowdownMultiplier: 1, requestLatencyMs: 0, downloadThroughputKbps: 0, uploadThroughputKbps: 0 },
          }),
    });
    const categories = result?.lhr.categories;
    const score = (key: 'performance' | 'accessibility') => Math.round((categories?.[key]?.score ?? 0) * 100);
    rows.push(`${path.padEnd(48)} performance ${String(score('performance')).padStart(3)}   accessibility ${String(score('accessibility')).padStart(3)}`);
    console.log(rows.at(-1));
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(`\n${rows.length} pages measured (${mobile ? 'mobile' : 'desktop'}, simulated throttling).`);
