/**
 * Debian's Chromium driven by playwright-core, started once per test file, plus axe-core.
 * Nothing here downloads a browser: the executable is the system's /usr/bin/chromium.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

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
    args: FLAGS,
    headless: true,
  });
}

/** A fresh page in its own context (axe needs a context-created page), at `path` of the site. */
export async function openPage(browser: Browser, path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'fi-FI' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  (page as Page & { errors: string[] }).errors = errors;
  const response = await page.goto(baseUrl() + path, { waitUntil: 'load' });
  if (response === null || !response.ok()) throw new Error(`GET ${path} answered ${response?.status() ?? 'nothing'}`);
  return page;
}

/** JavaScript errors the page threw since it opened. */
export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

/** axe-core violations for WCAG 2.1 A and AA, as "rule: target" lines for readable failures. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
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
