/**
 * Avoin data and maintenance: /data/ lists every file and each answers (spreadsheets with a BOM,
 * HSDS files with every service and actor once), the build's HSDS verdict is shown, /yllapito/
 * and /muutokset/ render with the feed beside them, entry pages show their verified date, the
 * coverage view says what an empty cell means; axe on each new page. Expectations come from the
 * built /data/catalog.json, not from hard-coded content.
 */
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, baseUrl, openPage, pageErrors, siteJson, useBrowser } from './browser';

interface CatalogJson {
  services: { id: string; name: string }[];
  actors: { id: string; name: string }[];
}

let browser: Browser;
let catalog: CatalogJson;
useBrowser((started) => {
  browser = started;
});
beforeAll(async () => {
  catalog = await siteJson<CatalogJson>('/data/catalog.json');
});

const FILES = [
  'hsds/services.json',
  'hsds/organizations.json',
  'hsds/taxonomies.json',
  'hsds/taxonomy_terms.json',
  'services.csv',
  'actors.csv',
  'regions.csv',
  'catalog.json',
  'regions.json',
  'yllapito.json',
  'muutokset/atom.xml',
];

describe('/data/ (Avoin data)', () => {
  test('lists every file as a link that answers, and explains the spreadsheets\' columns', async () => {
    const page = await openPage(browser, '/data/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Avoin data');
    for (const name of FILES) {
      const link = page.getByRole('link', { name, exact: true });
      expect(await link.count(), name).toBe(1);
      const response = await fetch(new URL((await link.getAttribute('href')) ?? '', baseUrl()));
      expect(response.status, name).toBe(200);
    }
    for (const name of ['services.csv', 'actors.csv', 'regions.csv']) {
      expect(await page.getByRole('heading', { name: `Sarakkeet: ${name}` }).count(), name).toBe(1);
    }
    expect(await page.getByRole('link', { name: /CC BY 4\.0/ }).count()).toBe(1);
    expect(pageErrors(page)).toEqual([]);
  });

  test('shows this build\'s HSDS verdict: valid, with the counts of the catalogue', async () => {
    const page = await openPage(browser, '/data/');
    const verdict = page.locator('[data-verdict]');
    await expect(verdict.getAttribute('data-verdict')).resolves.toBe('valid');
    const text = (await verdict.textContent()) ?? '';
    expect(text).toContain(`${catalog.services.length} palvelua`);
    expect(text).toContain(`${catalog.actors.length} organisaatiota`);
  });

  test('the HSDS files hold every service and actor once; the spreadsheets start with a BOM', async () => {
    const services = await siteJson<{ id: string; name: string }[]>('/data/hsds/services.json');
    const organizations = await siteJson<{ id: string; name: string }[]>('/data/hsds/organizations.json');
    expect(services.map((s) => s.name).sort()).toEqual(catalog.services.map((s) => s.name).sort());
    expect(new Set(services.map((s) => s.id)).size).toBe(catalog.services.length);
    expect(new Set(organizations.map((o) => o.id)).size).toBe(catalog.actors.length);
    for (const name of ['services.csv', 'actors.csv', 'regions.csv']) {
      const bytes = new Uint8Array(await (await fetch(`${baseUrl()}/data/${name}`)).arrayBuffer());
      expect([...bytes.slice(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
    }
  });

  test('every term URI of the export leads to an element of the site', async () => {
    const terms = await siteJson<{ term_uri?: string }[]>('/data/hsds/taxonomy_terms.json');
    const page = await openPage(browser, '/data/luokitukset/');
    const local = terms.flatMap((term) => (term.term_uri?.includes('/data/luokitukset/#') ? [term.term_uri.split('#')[1] ?? ''] : []));
    expect(local.length).toBeGreaterThan(50);
    const missing = await page.evaluate((ids) => ids.filter((id) => document.getElementById(id) === null), local);
    expect(missing).toEqual([]);
  });
});

describe('/yllapito/ and /muutokset/', () => {
  test('/yllapito/ renders the four lists and links its JSON', async () => {
    const page = await openPage(browser, '/yllapito/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Ylläpito');
    for (const name of [/^Vanhentuneet tarkistukset/, /^Palvelut ilman alueellisia toteutuksia/, /^Palvelut ilman ohjauskriteerejä/, /^Alueet ilman palvelujen toteutuksia/]) {
      expect(await page.getByRole('heading', { level: 2, name }).count(), String(name)).toBe(1);
    }
    const report = await siteJson<{ servicesWithoutOfferings: { href: string }[] }>('/data/yllapito.json');
    for (const item of report.servicesWithoutOfferings.slice(0, 3)) expect(await page.locator(`main a[href="${item.href}"]`).count()).toBeGreaterThan(0);
  });

  test('/muutokset/ lists changes one line each, or says why it cannot; the Atom feed is linked', async () => {
    const page = await openPage(browser, '/muutokset/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Muutokset');
    const rows = await page.locator('table.changes tbody tr').count();
    const note = await page.locator('[data-history]').count();
    expect(rows > 0 || note === 1).toBe(true);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).resolves.toBe('/muutokset/atom.xml');
    const feed = await (await fetch(`${baseUrl()}/muutokset/atom.xml`)).text();
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return { error: doc.querySelector('parsererror') !== null, root: doc.documentElement.localName, entries: doc.getElementsByTagName('entry').length };
    }, feed);
    expect(parsed.error).toBe(false);
    expect(parsed.root).toBe('feed');
    expect(parsed.entries).toBe(Math.min(rows, 50));
  });

  test.each(['/data/', '/data/luokitukset/', '/yllapito/', '/muutokset/'])('axe-core finds no WCAG 2.1 A/AA violations on %s', async (path) => {
    const page = await openPage(browser, path);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('entry pages and coverage', () => {
  test('an actor page shows when it was verified, in the maintenance line, and passes axe', async () => {
    const actor = catalog.actors[0]!;
    const page = await openPage(browser, `/toimijat/${actor.id}/`);
    const line = page.getByRole('complementary', { name: 'Tietojen ylläpito' });
    await expect(line.textContent()).resolves.toMatch(/Tarkistettu \d{1,2}\.\d{1,2}\.\d{4}/);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the coverage view says what an empty cell means, names the areas the sources cover, and national services are everywhere', async () => {
    const page = await openPage(browser, '/alueet/kattavuus/');
    const note = page.getByRole('region', { name: 'Mitä taulukko kertoo ja mitä ei' });
    await expect(note.textContent()).resolves.toContain('ei tarkoita, ettei alueella olisi vastaavaa palvelua');
    expect(await note.getByRole('listitem').count()).toBeGreaterThan(0);
    // The overview counts per area; an area's own page (one click away) lists its services, national ones included.
    const areas = page.getByRole('table', { name: 'Palvelut hyvinvointialueittain' });
    const first = areas.getByRole('rowheader').first().getByRole('link');
    await first.click();
    await page.waitForURL(/\/alueet\/kattavuus\/hyvinvointialueet\/[^/]+\/$/);
    expect(await page.getByRole('cell', { name: 'Valtakunnallinen' }).count()).toBeGreaterThan(0);
  });
});
