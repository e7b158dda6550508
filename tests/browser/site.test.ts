/** The foundation: the front page, every header link, and accessibility of the front page. */
import type { Browser } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, openPage, pageErrors, useBrowser } from './browser';

let browser: Browser;
useBrowser((started) => {
  browser = started;
});

describe('front page', () => {
  test('renders in Finnish with the three entrances', async () => {
    const page = await openPage(browser, '/');
    expect(await page.getAttribute('html', 'lang')).toBe('fi');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Palvelukylä');
    for (const name of ['Ohjautuminen', 'Alueet', 'Perehdytys']) {
      expect(await page.getByRole('main').getByRole('link', { name, exact: true }).count()).toBe(1);
    }
    expect(pageErrors(page)).toEqual([]);
  });

  test('the skip link moves focus to the main content', async () => {
    const page = await openPage(browser, '/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Siirry pääsisältöön' });
    await expect(skip.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
  });

  test('axe-core finds no WCAG 2.1 A/AA violations', async () => {
    const page = await openPage(browser, '/');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('header navigation', () => {
  test('every header link leads to a page that renders with a heading', async () => {
    const page = await openPage(browser, '/');
    const nav = page.getByRole('navigation', { name: 'Päävalikko' });
    const links = await nav.getByRole('link').evaluateAll((anchors) =>
      anchors.map((anchor) => ({ href: anchor.getAttribute('href') ?? '', name: anchor.textContent?.trim() ?? '' })),
    );
    expect(links.length).toBeGreaterThanOrEqual(10);
    for (const link of links) {
      const target = await openPage(browser, link.href);
      const heading = await target.getByRole('heading', { level: 1 }).textContent();
      expect(heading, link.href).toBeTruthy();
      const current = target.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: link.name, exact: true });
      expect(await current.getAttribute('aria-current'), link.href).toBe('page');
      await target.context().close();
    }
  });
});

describe('machine-readable output', () => {
  test('data/regions.json and data/catalog.json follow the data contract', async () => {
    const page = await openPage(browser, '/');
    const regions = await page.evaluate(async () => (await fetch('/data/regions.json')).json());
    expect(regions.wellbeingAreas).toHaveLength(22);
    expect(regions.employmentAreas).toHaveLength(45);
    expect(regions.municipalities).toHaveLength(292);
    expect(Object.keys(regions.employmentAreas[0])).toEqual(expect.arrayContaining(['id', 'name', 'model', 'municipalities']));
    const catalog = await page.evaluate(async () => (await fetch('/data/catalog.json')).json());
    for (const key of ['actors', 'roles', 'services', 'criteria', 'pathways', 'staircase', 'glossary', 'sources']) {
      expect(catalog, key).toHaveProperty(key);
    }
    expect(catalog.services.length).toBeGreaterThan(0);
  });

  test('every service and actor in the catalogue has a page that shows its sources; actor pages ship no script, service pages no island', async () => {
    const page = await openPage(browser, '/');
    const catalog = await page.evaluate(async () => (await fetch('/data/catalog.json')).json());
    const paths = [
      ...catalog.services.slice(0, 5).map((s: { id: string }) => `/palvelut/${s.id}/`),
      ...catalog.actors.slice(0, 5).map((a: { id: string }) => `/toimijat/${a.id}/`),
    ];
    for (const path of paths) {
      const entryPage = await openPage(browser, path);
      expect(await entryPage.getByRole('heading', { name: 'Lähteet' }).count(), path).toBe(1);
      // Service pages carry two small modules (print, the reader's area); no page here hydrates an island.
      if (path.startsWith('/toimijat/')) expect(await entryPage.locator('script[src], script[type="module"]').count(), path).toBe(0);
      expect(await entryPage.locator('astro-island').count(), path).toBe(0);
      await entryPage.context().close();
    }
  });
});
