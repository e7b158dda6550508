/**
 * What a visitor waits for, measured in Chromium (playwright-core with Debian's /usr/bin/chromium)
 * at a CPU slowdown (CDP Emulation.setCPUThrottlingRate, 4× in the benchmark): the moments an
 * element matching a selector is first drawn, timed inside the page from navigation start, and the bytes the
 * page had fetched by then (Resource Timing: encoded body sizes, so gzip where the server
 * compresses). Used by scripts/bench-national.ts and tests/national/budgets.test.ts.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../tests/browser/chromium-flags.ts';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [...CHROMIUM_FLAGS],
    headless: true,
  });
}

/** Bytes fetched (encoded body) by kind of file. */
export interface Fetched {
  html: number;
  js: number;
  css: number;
  /** JSON and other data (the search index, map geometry). */
  data: number;
  other: number;
  total: number;
}

export interface Moment {
  /** Milliseconds from navigation start until the selector first showed, or NaN if it never did. */
  ms: number;
  /** What the page had fetched by then. */
  fetched: Fetched;
}

/** Selector names → CSS selectors to time. */
export type Marks = Record<string, string>;

/**
 * Opens `url` in a fresh context at `cpuSlowdown`× CPU and times each mark: the first moment an
 * element matching it is drawn (checked every animation frame from the first byte of the page),
 * plus `load` (the load event's end). Waits at most `timeoutMs` for the slowest.
 */
export async function timePage(browser: Browser, url: string, marks: Marks, cpuSlowdown = 4, timeoutMs = 120_000): Promise<Record<string, Moment> & { load: Moment }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fi-FI' });
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  // The page says when it is done through a binding: Playwright's own waiting (waitForFunction,
  // waitForSelector) would inject its script into the page and poll it, and at 4× that costs the
  // page about 0.1 s of main thread during the very load being timed.
  let done: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (done = resolve));
  await page.exposeBinding('__marksDone', () => done());
  await page.addInitScript((selectors: Marks) => {
    const found: Record<string, number> = {};
    const view = window as Window & { __marks?: Record<string, number>; __marksDone?: () => void };
    view.__marks = found;
    // Drawn: laid out with a size and not hidden (the village map starts below the fold at 1280×900).
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    const loaded = () => ((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? 0) > 0;
    const check = () => {
      for (const [name, selector] of Object.entries(selectors)) {
        if (found[name] !== undefined) continue;
        const element = [...document.querySelectorAll(selector)].find(visible);
        if (element !== undefined) found[name] = performance.now();
      }
      if (Object.keys(found).length < Object.keys(selectors).length || !loaded()) requestAnimationFrame(check);
      else view.__marksDone?.();
    };
    requestAnimationFrame(check);
  }, marks);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([finished, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    clearTimeout(timer);
    return (await page.evaluate((names: string[]) => {
      const found = (window as Window & { __marks?: Record<string, number> }).__marks ?? {};
      const kind = (name: string, initiator: string): keyof Omit<Fetched, 'total'> => {
        const path = new URL(name, location.href).pathname;
        if (initiator === 'navigation' || path.endsWith('/') || path.endsWith('.html')) return 'html';
        if (path.endsWith('.js')) return 'js';
        if (path.endsWith('.css')) return 'css';
        if (/\.(json|csv|txt)$/.test(path)) return 'data';
        return 'other';
      };
      const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
      const result: Record<string, { ms: number; fetched: Record<string, number> }> = {};
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      if (navigation !== undefined && navigation.loadEventEnd > 0) found['load'] = navigation.loadEventEnd;
      // Where the time went: the HTML parsed, then the page's own User Timing marks (the search's steps, index-load.ts).
      const steps: string[] = [];
      if (navigation !== undefined && navigation.domInteractive > 0) {
        found['html parsed'] = navigation.domInteractive;
        steps.push('html parsed');
      }
      for (const mark of performance.getEntriesByType('mark')) {
        found[mark.name] = mark.startTime;
        steps.push(mark.name);
      }
      for (const name of [...names, 'load', ...steps]) {
        const at = found[name] ?? Number.POSITIVE_INFINITY;
        const fetched = { html: 0, js: 0, css: 0, data: 0, other: 0, total: 0 };
        for (const entry of entries) {
          if (entry.responseEnd > at || entry.responseEnd === 0) continue;
          fetched[kind(entry.name, entry.initiatorType)] += entry.encodedBodySize;
          fetched.total += entry.encodedBodySize;
        }
        result[name] = { ms: found[name] ?? Number.NaN, fetched };
      }
      return result;
    }, Object.keys(marks))) as unknown as Record<string, Moment> & { load: Moment };
  } finally {
    await context.close();
  }
}

/** A page with one paragraph and nothing to load: what the browser itself costs on this machine. */
export const EMPTY_PAGE = 'data:text/html,<!doctype html><html lang="fi"><title>Tyhjä</title><p>Tyhjä sivu</p></html>';

/** The moments the benchmark reports, by view. */
export const VIEW_MARKS = {
  search: { firstResult: 'ol[aria-label="Hakutulokset"] article' },
  // The national village opens folded: its first readable view is the neighbourhoods with their counts
  // (npm run bench:village measures readability itself: names' size on screen, inside the frame).
  village: { readable: '.react-flow__node-neighbourhood', interactive: '[data-hydrated] .react-flow__node-neighbourhood' },
  // Server-rendered, no island: the first table row drawn, on the overview and on an area's page.
  coverage: { firstRow: 'main table tbody tr' },
} as const satisfies Record<string, Marks>;

/** A professional's description that finds services in the real and the synthetic catalogue. */
export const SEARCH_QUERY = 'nuori työtön tarvitsee tukea työllistymiseen';
