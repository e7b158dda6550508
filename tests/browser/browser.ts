/**
 * Debian's Chromium driven by playwright-core, started once per test file, plus axe-core.
 * Nothing here downloads a browser: the executable is the system's /usr/bin/chromium.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM_FLAGS } from './chromium-flags';

export const baseUrl = (): string => inject('baseUrl');

/**
 * One Chromium for the calling test file: launched before its tests and closed after them.
 * `onStart` receives it (test files keep it in a `let browser`).
 */
export function useBrowser(onStart: (browser: Browser) => void): void {
  let started: Browser | undefined;
  beforeAll(async () => {
    started = await launchBrowser();
    onStart(started);
  });
  afterAll(async () => {
    await started?.close();
  });
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [...CHROMIUM_FLAGS],
    headless: true,
  });
}

type TrackedPage = Page & { errors?: string[]; consoleErrors?: string[] };

/**
 * A fresh page in its own context (axe needs a context-created page), at `path` of the site.
 * It records uncaught errors, console errors and Content-Security-Policy violations from the start
 * (see pageErrors, consoleErrors, cspViolations). `status` is the answer expected (404 for the
 * not-found page); anything else throws.
 */
export async function openPage(browser: Browser, path: string, viewport = { width: 1280, height: 900 }, status = 200): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'fi-FI' });
  // Before any script of the page: a violation of the policy fires this event on the document.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as Window & { __cspViolations?: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
    });
  });
  const page: TrackedPage = await context.newPage();
  const errors: string[] = [];
  const logged: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') logged.push(message.text());
  });
  page.errors = errors;
  page.consoleErrors = logged;
  const response = await page.goto(baseUrl() + path, { waitUntil: 'load' });
  if (response === null || response.status() !== status) throw new Error(`GET ${path} answered ${response?.status() ?? 'nothing'}, not ${status}`);
  return page;
}

/** JavaScript errors the page threw since it opened. */
export function pageErrors(page: Page): string[] {
  return (page as TrackedPage).errors ?? [];
}

/**
 * Console errors since the page opened, less the browser's own line for a 404 answer (the
 * not-found page is meant to answer 404).
 */
export function consoleErrors(page: Page): string[] {
  return ((page as TrackedPage).consoleErrors ?? []).filter((text) => !/status of 404/.test(text));
}

/** Content-Security-Policy violations the page reported since it opened. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as Window & { __cspViolations?: string[] }).__cspViolations ?? []);
}

/**
 * Brings every island to life: scrolls through the page (client:visible islands hydrate in view),
 * then waits until Astro has hydrated each one (it drops the `ssr` attribute) and the network is quiet.
 */
export async function hydrateAll(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const step = Math.max(200, window.innerHeight - 100);
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')), undefined, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
}

/** axe's tags for WCAG 2.0 and 2.1, A and AA: what the feature tests check. */
export const WCAG_21_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Every WCAG 2.x A and AA tag axe knows (2.2 adds target size): the every-page-type test. */
export const WCAG_2X_TAGS = [...WCAG_21_TAGS, 'wcag22a', 'wcag22aa'];

/**
 * axe-core violations for `tags` (WCAG 2.1 A and AA unless told), as "rule: target" lines for
 * readable failures. label-content-name-mismatch (WCAG 2.5.3, label in name) is "experimental" in
 * axe, so tags alone leave it out: it is switched on by name.
 */
export async function axeViolations(page: Page, tags: readonly string[] = WCAG_21_TAGS): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags([...tags])
    .analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${violation.help}`),
  );
}

/** A JSON file of the built site (e.g. /data/catalog.json), for expectations derived from content. */
export async function siteJson<T>(path: string): Promise<T> {
  const response = await fetch(baseUrl() + path);
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return (await response.json()) as T;
}
