/**
 * Service pages and /palvelut/: a statutory service shows how the client gets there (with its law
 * on finlex.fi) on the first screen and without JavaScript; an ended service says so first and
 * links what replaced it; the list shows lasting services before projects; axe finds nothing.
 * Which services to open comes from the built /data/catalog.json.
 */
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, baseUrl, openPage, siteJson, useBrowser } from './browser';

interface ServiceJson {
  id: string;
  name: string;
  status: string;
  years?: string;
  permanence?: string;
  replacedBy: string[];
  referral?: { legalBasis: { url: string }[] };
}

let browser: Browser;
let services: ServiceJson[];
useBrowser((started) => {
  browser = started;
});
beforeAll(async () => {
  services = (await siteJson<{ services: ServiceJson[] }>('/data/catalog.json')).services;
});

const STATUTORY = 'kuntouttava-tyotoiminta';
const ENDED = 'typ-palvelu';
const service = (id: string): ServiceJson => {
  const found = services.find((item) => item.id === id);
  if (found === undefined) throw new Error(`${id} is not in /data/catalog.json`);
  return found;
};

/** A page opened with JavaScript switched off, as a reader without scripts sees it. */
async function openWithoutScripts(path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'fi-FI', javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(baseUrl() + path, { waitUntil: 'load' });
  if (response === null || !response.ok()) throw new Error(`GET ${path} answered ${response?.status() ?? 'nothing'}`);
  return page;
}

describe('a statutory service page', () => {
  test('shows the route with its finlex.fi law on the first screen, without JavaScript', async () => {
    const data = service(STATUTORY);
    expect(data.permanence).toBe('statutory');
    const page = await openWithoutScripts(`/palvelut/${STATUTORY}/`);
    // The page's only scripts (print, the reader's area) add to it; without them nothing is missing but the print button.
    await expect(page.getByRole('button', { name: 'Tulosta' }).isVisible()).resolves.toBe(false);

    const route = page.getByRole('region', { name: 'Miten asiakas ohjautuu' });
    const heading = route.getByRole('heading', { level: 2, name: 'Miten asiakas ohjautuu' });
    const box = await heading.boundingBox();
    expect(box, 'route heading is laid out').not.toBeNull();
    expect((box?.y ?? Infinity) + (box?.height ?? 0), 'route heading on the first laptop screen').toBeLessThan(900);

    const terms = await route.locator('dt').allTextContents();
    expect(terms).toEqual(expect.arrayContaining(['Kuka päättää', 'Kuka ohjaa', 'Edellytykset', 'Näin haetaan', 'Laki', 'Kuvaus vastaa']));
    const lawLinks = await route.getByRole('link').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(lawLinks.length).toBeGreaterThan(0);
    for (const href of lawLinks) expect(href).toMatch(/^https:\/\/(www\.)?finlex\.fi\//);
    expect(lawLinks).toEqual(data.referral?.legalBasis.map((law) => law.url));

    await expect(page.getByText('Lakisääteinen palvelu', { exact: true }).first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Lähteet' }).count()).resolves.toBe(1);
    expect(await page.locator('.sources').getByText(/luettu \d{1,2}\.\d{1,2}\.\d{4}/).count()).toBeGreaterThan(0);
    await page.context().close();
  });

  test('axe-core finds no WCAG 2.1 A/AA violations', async () => {
    const page = await openPage(browser, `/palvelut/${STATUTORY}/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('an ended service page', () => {
  test('says first that it has ended, with its years, and links its successor', async () => {
    const data = service(ENDED);
    expect(data.status).toBe('ended');
    const successor = service(data.replacedBy[0] ?? '');
    const page = await openPage(browser, `/palvelut/${ENDED}/`);

    const notice = page.getByRole('note');
    await expect(notice.getByText(`Palvelu on päättynyt. Se toimi vuosina ${data.years ?? ''}.`).isVisible()).resolves.toBe(true);
    // The notice comes before any section of the page.
    const noticeTop = (await notice.boundingBox())?.y ?? Infinity;
    const firstSectionTop = (await page.getByRole('heading', { level: 2 }).first().boundingBox())?.y ?? -Infinity;
    expect(noticeTop).toBeLessThan(firstSectionTop);

    await expect(notice.getByText('Tilalle tuli:').isVisible()).resolves.toBe(true);
    const link = notice.getByRole('link', { name: successor.name, exact: true });
    expect(await link.getAttribute('href')).toBe(`/palvelut/${successor.id}/`);
    await link.click();
    await page.waitForURL(`**/palvelut/${successor.id}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(successor.name);
    await page.context().close();
  });

  test('axe-core finds no WCAG 2.1 A/AA violations', async () => {
    const page = await openPage(browser, `/palvelut/${ENDED}/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('/palvelut/', () => {
  test('lists statutory and established services first, then projects, pilots and ended ones', async () => {
    const page = await openPage(browser, '/palvelut/');
    const groups = await page.locator('section > h2').allTextContents();
    expect(groups.map((text) => text.replace(/\s*\(\d+\)$/, ''))).toEqual(['Lakisääteiset ja vakiintuneet palvelut', 'Hankkeet, kokeilut ja päättyneet']);
    const lasting = page.getByRole('region', { name: /^Lakisääteiset ja vakiintuneet palvelut/ });
    const temporary = page.getByRole('region', { name: /^Hankkeet, kokeilut ja päättyneet/ });
    expect(await lasting.getByRole('link', { name: service(STATUTORY).name, exact: true }).count()).toBe(1);
    expect(await temporary.getByRole('link', { name: service(ENDED).name, exact: true }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
