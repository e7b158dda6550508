/**
 * The XSS sweep: payloads (script tags, event-handler attributes, javascript: URLs, SVG onload,
 * template-literal and prototype-pollution strings) through every URL parameter of every view, the
 * search box and the stored orientation progress. Nothing may execute (a payload sets
 * window.__xss or opens a dialog; neither may happen), pollute Object.prototype, throw, reach the
 * page as a javascript: link, or reach the DOM as markup (the Content-Security-Policy would report
 * the blocked handler: any violation fails too, so the policy does not hide a hole in the code).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, cspViolations, openPage, pageErrors, useBrowser } from './browser';

const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '"><script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1;alert(1)">',
  "'><img src=x onerror=window.__xss=1>",
  '" autofocus onfocus="window.__xss=1" x="',
  '<svg onload=window.__xss=1>',
  '<svg><script>window.__xss=1</script></svg>',
  'javascript:window.__xss=1',
  'JaVaScRiPt:alert(1)',
  '<a href="javascript:window.__xss=1">x</a>',
  '</textarea></title><script>window.__xss=1</script>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '${window.__xss=1}',
  '{{constructor.constructor("window.__xss=1")()}}',
  '__proto__[xss]=1',
  'constructor[prototype][xss]=1',
  '%3Cscript%3Ewindow.__xss=1%3C/script%3E',
  '\u2028<script>window.__xss=1</script>',
];

/** Query strings whose parameter names themselves try prototype pollution. */
const POLLUTING_QUERIES = ['__proto__[xss]=1', '__proto__.xss=1', 'constructor[prototype][xss]=1', 'q=a&__proto__[xss]=1&valitut[__proto__][xss]=1'];

/** The views and the URL parameters each reads. */
const VIEWS = [
  { path: '/ohjautuminen/', params: ['q', 'ryhma', 'toimija', 'porras', 'alue', 'tilanne', 'valitut'] },
  { path: '/alueet/vertaa/', params: ['a', 'b'] },
  { path: '/mokkikyla/', params: ['alue'] },
];

let browser: Browser;
let page: Page;
const dialogs: string[] = [];
useBrowser((started) => {
  browser = started;
});
beforeAll(async () => {
  page = await openPage(browser, '/');
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});
afterAll(async () => {
  await page?.context().close();
});

/** Waits until every island of the page has hydrated (the village hydrates in view: it is at the top). */
async function settle(): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')), undefined, { timeout: 20_000 });
  // Effects that read the URL or storage run right after hydration; give them two frames.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** What a payload managed to do on the current page, as readable lines (empty when nothing). */
async function damage(where: string): Promise<string[]> {
  const found = await page.evaluate(() => {
    const lines: string[] = [];
    if ((window as Window & { __xss?: unknown }).__xss !== undefined) lines.push('a payload ran (window.__xss is set)');
    if (Object.prototype.hasOwnProperty.call(Object.prototype, 'xss')) lines.push('Object.prototype was polluted');
    for (const link of document.querySelectorAll('a[href], area[href], iframe[src], form[action]')) {
      const target = link.getAttribute('href') ?? link.getAttribute('src') ?? link.getAttribute('action') ?? '';
      if (/^\s*javascript:/i.test(target)) lines.push(`a javascript: URL reached the page: ${target}`);
    }
    if (document.querySelector('iframe[srcdoc]') !== null) lines.push('an iframe from a payload reached the page');
    return lines;
  });
  const problems = [...found, ...(await cspViolations(page)).map((line) => `CSP: ${line}`), ...pageErrors(page).map((line) => `error: ${line}`), ...dialogs.map((text) => `dialog: ${text}`)];
  pageErrors(page).length = 0;
  dialogs.length = 0;
  return problems.map((line) => `${where}: ${line}`);
}

async function visit(path: string): Promise<void> {
  const response = await page.goto(baseUrl() + path, { waitUntil: 'load' });
  if (response === null || !response.ok()) throw new Error(`GET ${path} answered ${response?.status() ?? 'nothing'}`);
  await settle();
}

describe('XSS sweep', () => {
  for (const view of VIEWS) {
    test(`${view.path}: every payload in every URL parameter`, async () => {
      const problems: string[] = [];
      for (const param of view.params) {
        for (const payload of PAYLOADS) {
          const path = `${view.path}?${param}=${encodeURIComponent(payload)}`;
          await visit(path);
          problems.push(...(await damage(path)));
        }
      }
      for (const query of POLLUTING_QUERIES) {
        const path = `${view.path}?${query}`;
        await visit(path);
        problems.push(...(await damage(path)));
      }
      expect(problems).toEqual([]);
    }, 300_000);
  }

  test('/ohjautuminen/: every payload typed into the search box', async () => {
    const problems: string[] = [];
    await visit('/ohjautuminen/');
    await page.locator('[data-url-read]').waitFor({ state: 'attached' });
    const box = page.getByRole('searchbox', { name: 'Hae', exact: true });
    for (const payload of PAYLOADS) {
      await box.fill(payload);
      // The query lands in the URL once the results have been drawn for it.
      await page.waitForFunction((typed) => new URLSearchParams(location.search).get('q') === typed.trim(), payload);
      problems.push(...(await damage(`search box "${payload}"`)));
    }
    expect(problems).toEqual([]);
  }, 120_000);

  test('/perehdytys/: payloads in the stored progress', async () => {
    await visit('/perehdytys/');
    const chapters = await page.locator('[data-chapter-id]').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-chapter-id') ?? ''));
    expect(chapters.length).toBeGreaterThan(0);
    const stored = [
      ...PAYLOADS,
      ...PAYLOADS.map((payload) => JSON.stringify({ read: [payload, ...chapters.slice(0, 1)] })),
      JSON.stringify({ read: ['__proto__', 'constructor', 'prototype'] }),
      '{"__proto__":{"xss":1},"read":[]}',
      '{"constructor":{"prototype":{"xss":1}},"read":[]}',
      '{"read":"<script>window.__xss=1</script>"}',
    ];
    const problems: string[] = [];
    for (const value of stored) {
      await page.evaluate((text) => localStorage.setItem('palvelukyla.perehdytys.v1', text), value);
      await visit('/perehdytys/');
      problems.push(...(await damage(`stored progress ${value}`)));
    }
    await page.evaluate(() => localStorage.clear());
    expect(problems).toEqual([]);
  }, 120_000);
});
