/**
 * The mökkikylä's time to its first readable view, in Debian's Chromium at 4× CPU slowdown (CDP
 * Emulation.setCPUThrottlingRate), for the real catalogue and for a national synthetic one (the
 * bench:build generator with 5,000 extra services). "Readable" is what the browser tests assert:
 * the national village's neighbourhood names at least 14 px on screen with their counts, a
 * wellbeing area's cottage names at least 11 px, all inside the frame. Also prints the page's
 * HTML size. A benchmark: it prints figures and asserts nothing.
 *   npm run bench:village                (builds both catalogues into a temporary folder)
 *   npm run bench:village -- 2000        (another number of synthetic services)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../tests/browser/chromium-flags.ts';
import { serveStatic } from '../tests/browser/static-server.ts';
import { writeNationalContent } from './national/catalogue.ts';

const extra = Number(process.argv[2] ?? 5000);
const THROTTLE = 4;
const RUNS = 3;
const VIEWS = [
  { name: 'laptop', viewport: { width: 1366, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];
const PATHS = ['/mokkikyla/', '/mokkikyla/?alue=pohjois-karjala'];

function build(outDir: string, contentDir?: string): void {
  execFileSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PALVELUKYLA_OUT_DIR: outDir,
      PALVELUKYLA_CACHE_DIR: join(outDir, '..', 'cache'),
      ...(contentDir === undefined ? {} : { PALVELUKYLA_CONTENT_DIR: contentDir }),
    },
  });
}

/** Milliseconds from navigation start to the first readable view (measured inside the page). */
async function timeToReadable(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<number> {
  const context = await browser.newContext({ viewport, locale: 'fi-FI' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  const area = new URL(url).searchParams.get('alue');
  // The page reports the moment through a binding, checked each animation frame by a script of
  // its own: Playwright's waitForFunction would inject its script into the page and poll it,
  // taking main-thread time from the very load measured (scripts/national/timings.ts does the same).
  let reported: (ms: number) => void = () => undefined;
  const readable = new Promise<number>((resolve) => (reported = resolve));
  await page.exposeBinding('__readable', (_source, ms: number) => reported(ms));
  await page.addInitScript((area: string | null) => {
    const isReadable = (): boolean => {
      const viewport = document.querySelector<HTMLElement>('.village .react-flow__viewport');
      const frame = document.querySelector('.village .react-flow')?.getBoundingClientRect();
      if (viewport === null || frame === undefined) return false;
      const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
      const inside = (box: DOMRect) => box.left >= frame.left - 1 && box.right <= frame.right + 1 && box.top >= frame.top - 1 && box.bottom <= frame.bottom + 1;
      if (area === null) {
        const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node-neighbourhood')];
        if (nodes.length === 0) return false;
        const ok = nodes.every((node) => {
          const name = node.querySelector<HTMLElement>('.neighbourhood__name');
          return name !== null && node.querySelector('.neighbourhood__count') !== null && parseFloat(getComputedStyle(name).fontSize) * zoom >= 14 && inside(node.getBoundingClientRect());
        });
        return ok;
      }
      if (document.querySelector(`.village[data-village="${area}"][data-mode="detail"]`) === null) return false;
      const cottages = [...document.querySelectorAll<HTMLElement>('.react-flow__node-cottage')];
      if (cottages.length === 0) return false;
      const ok = cottages.every((node) => {
        const name = node.querySelector<HTMLElement>('.cottage__name')!;
        return parseFloat(getComputedStyle(name).fontSize) * zoom >= 11 && inside(node.getBoundingClientRect());
      });
      return ok;
    };
    const check = () => {
      if (isReadable()) (window as Window & { __readable?: (ms: number) => void }).__readable?.(performance.now());
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, area);
  await page.goto(url, { waitUntil: 'commit' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ms = await Promise.race([readable, new Promise<number>((resolve) => (timer = setTimeout(() => resolve(Number.NaN), 60_000)))]);
  clearTimeout(timer);
  await context.close();
  return ms;
}

const work = mkdtempSync(join(tmpdir(), 'palvelukyla-bench-village-'));
try {
  const catalogues = [
    { name: 'real catalogue', dir: join(work, 'real', 'dist'), content: undefined as string | undefined },
    { name: `national synthetic (+${extra} services)`, dir: join(work, 'synthetic', 'dist'), content: join(work, 'synthetic', 'content') },
  ];
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [...CHROMIUM_FLAGS],
  });
  console.log(`first readable view of /mokkikyla/ at ${THROTTLE}× CPU slowdown, median of ${RUNS} runs\n`);
  for (const catalogue of catalogues) {
    // The national generator (scripts/national/catalogue.ts), as gen:national writes it.
    if (catalogue.content !== undefined) writeNationalContent(resolve('content'), catalogue.content, { services: extra, actors: Math.round(extra / 5) });
    console.log(`building the ${catalogue.name} …`);
    build(catalogue.dir, catalogue.content);
    const html = readFileSync(join(catalogue.dir, 'mokkikyla', 'index.html'));
    const slice = readFileSync(join(catalogue.dir, 'data', 'mokkikyla', 'pohjois-karjala.json'));
    console.log(
      `${catalogue.name}: /mokkikyla/ HTML ${(html.length / 1024).toFixed(0)} KB (${(gzipSync(html).length / 1024).toFixed(0)} KB gzip); ` +
        `pohjois-karjala.json ${(slice.length / 1024).toFixed(0)} KB (${(gzipSync(slice).length / 1024).toFixed(0)} KB gzip)`,
    );
    const server = await serveStatic(catalogue.dir);
    try {
      for (const view of VIEWS) {
        for (const path of PATHS) {
          const times: number[] = [];
          for (let run = 0; run < RUNS; run++) times.push(await timeToReadable(browser, server.url + path, view.viewport));
          times.sort((a, b) => a - b);
          console.log(`  ${view.name.padEnd(7)} ${path.padEnd(34)} ${(times[Math.floor(RUNS / 2)]! / 1000).toFixed(2)} s  (runs: ${times.map((t) => (t / 1000).toFixed(2)).join(', ')})`);
        }
      }
    } finally {
      await server.close();
    }
  }
  await browser.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}
