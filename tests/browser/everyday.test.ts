/**
 * Everyday use (issue 17), at a phone's 360 px and a laptop's 1366 px: the header's "Valikko" works
 * without script and marks the reader's section; no page type scrolls sideways; the /alueet/ map
 * names its areas or lists them, and every area is a link by keyboard and touch; the matrix says
 * what its numbers mean; /palvelut/ is grouped without script and filters with it; a service page
 * opens with the route and the reader's area, and prints with its address and date.
 * Which entries to open comes from the built /data/*.json, not from hard-coded content.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, pageErrors, siteJson, useBrowser } from './browser';

interface CatalogJson {
  services: { id: string; name: string; targetGroups: string[]; offerings: unknown[]; regions: { national: boolean } }[];
  actors: { id: string; name: string }[];
  roles: { id: string }[];
  pathways: { id: string }[];
}
interface RegionsJson {
  wellbeingAreas: { id: string; name: string; municipalities: string[] }[];
  employmentAreas: { id: string; name: string; municipalities: string[] }[];
  municipalities: { code: string; wellbeingArea: string; employmentArea: string }[];
}

const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1366, height: 900 };
const WIDTHS = [
  ['phone', PHONE],
  ['laptop', LAPTOP],
] as const;

let browser: Browser;
let catalog: CatalogJson;
let regions: RegionsJson;
useBrowser((started) => {
  browser = started;
});
beforeAll(async () => {
  catalog = await siteJson<CatalogJson>('/data/catalog.json');
  regions = await siteJson<RegionsJson>('/data/regions.json');
});

/** A page in a fresh context of the given size (script on unless told otherwise). */
async function open(path: string, viewport: { width: number; height: number }, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'fi-FI', ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  (page as Page & { errors: string[] }).errors = errors;
  const response = await page.goto(baseUrl() + path, { waitUntil: 'load' });
  if (response === null || !response.ok()) throw new Error(`GET ${path} answered ${response?.status() ?? 'nothing'}`);
  return page;
}

/** Every page type of the site, with an entry of each kind taken from the built data. */
function pageTypes(): string[] {
  const [a, b] = regions.wellbeingAreas;
  const spanning = regions.employmentAreas.find((area) => new Set(area.municipalities.map((code) => regions.municipalities.find((m) => m.code === code)!.wellbeingArea)).size > 1)!;
  return [
    '/',
    '/ohjautuminen/',
    '/palvelut/',
    `/palvelut/${catalog.services[0]!.id}/`,
    '/palvelut/kuntouttava-tyotoiminta/',
    '/toimijat/',
    `/toimijat/${catalog.actors[0]!.id}/`,
    `/roolit/${catalog.roles[0]!.id}/`,
    '/alueet/',
    `/alueet/hyvinvointialueet/${a!.id}/`,
    `/alueet/tyollisyysalueet/${spanning.id}/`,
    `/alueet/vertaa/?a=${a!.id}&b=${b!.id}`,
    '/alueet/kattavuus/',
    `/alueet/kattavuus/hyvinvointialueet/${a!.id}/`,
    `/alueet/kattavuus/tyollisyysalueet/${spanning.id}/`,
    '/mokkikyla/',
    '/portaat/',
    '/polut/',
    `/polut/${catalog.pathways[0]!.id}/`,
    '/perehdytys/',
    '/sanasto/',
    '/lahteet/',
    '/saavutettavuus/',
    '/ei-tallaista-sivua/',
  ];
}

describe('the header', () => {
  test('on a phone the links fold into "Valikko", which opens without script; the section is marked', async () => {
    const page = await open('/palvelut/kuntouttava-tyotoiminta/', PHONE, { javaScriptEnabled: false });
    const header = page.locator('header').first();
    expect((await header.boundingBox())!.height, 'one row, not four').toBeLessThan(80);
    const nav = page.getByRole('navigation', { name: 'Päävalikko' });
    const services = nav.getByRole('link', { name: 'Palvelut', exact: true });
    await expect(services.isVisible()).resolves.toBe(false);

    await page.getByText('Valikko', { exact: true }).click();
    await expect(services.isVisible()).resolves.toBe(true);
    await expect(nav.getByRole('link').count()).resolves.toBeGreaterThanOrEqual(10);
    expect(await services.getAttribute('aria-current'), 'a service page is in the Palvelut section').toBe('true');
    const others = await nav.getByRole('link').evaluateAll((links) => links.filter((link) => link.hasAttribute('aria-current')).length);
    expect(others).toBe(1);
    await page.context().close();
  });

  test('on a laptop the links show in one row beside the name; the summary is hidden; the page itself is marked', async () => {
    const page = await open('/palvelut/', LAPTOP);
    await expect(page.getByText('Valikko', { exact: true }).isVisible()).resolves.toBe(false);
    const nav = page.getByRole('navigation', { name: 'Päävalikko' });
    const links = nav.getByRole('link');
    for (const link of await links.all()) await expect(link.isVisible()).resolves.toBe(true);
    expect(await nav.getByRole('link', { name: 'Palvelut', exact: true }).getAttribute('aria-current')).toBe('page');
    expect((await page.locator('header').first().boundingBox())!.height).toBeLessThan(80);
    await page.context().close();
  });
});

describe('no sideways scrolling', () => {
  test.each(WIDTHS)('no page type is wider than the screen (%s)', async (_, viewport) => {
    const context = await browser.newContext({ viewport, locale: 'fi-FI' });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of pageTypes()) {
      await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      if (scrollWidth > clientWidth) wide.push(`${path}: ${scrollWidth} > ${clientWidth}`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });

  test('the comparison stacks the two areas on a phone, under its whole caption', async () => {
    const [a, b] = regions.wellbeingAreas;
    const page = await open(`/alueet/vertaa/?a=${a!.id}&b=${b!.id}`, PHONE);
    const first = page.getByRole('heading', { level: 2, name: a!.name });
    const second = page.getByRole('heading', { level: 2, name: b!.name });
    await second.waitFor();
    const one = (await first.boundingBox())!;
    const two = (await second.boundingBox())!;
    expect(two.y, 'the second area under the first').toBeGreaterThan(one.y + one.height);
    for (const box of [one, two]) expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    const caption = page.getByText(`Vertailu: ${a!.name} ja ${b!.name}`, { exact: true }).filter({ visible: true });
    await expect(caption.isVisible()).resolves.toBe(true);
    const cut = await caption.evaluate((element) => element.scrollWidth > element.clientWidth);
    expect(cut).toBe(false);
    await expect(page.getByRole('table').isVisible()).resolves.toBe(false);
    await page.context().close();
  });
});

describe('the /alueet/ map', () => {
  /** Ids of the areas named on the map, and of those in the list beside it, as shown at this size. */
  async function namedAndListed(page: Page, layer: 'employment' | 'wellbeing'): Promise<{ named: string[]; listed: string[]; links: string[] }> {
    return page.evaluate((division) => {
      const visible = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).display !== 'none';
      const figure = document.querySelector('.region-map')!;
      const named = [...figure.querySelectorAll(`g.labels.layer--${division} text[data-area]`)].filter(visible).map((t) => t.getAttribute('data-area')!);
      const listed = [...figure.querySelectorAll(`.map-list.layer--${division} li`)].filter(visible).map((li) => li.querySelector('a')!.getAttribute('href')!);
      const links = [...figure.querySelectorAll(`g.layer--${division} a`)].filter(visible).map((a) => a.getAttribute('href')!);
      return { named, listed, links };
    }, layer);
  }

  test.each(WIDTHS)('every area is named on the map or listed beside it, and is a link (%s)', async (_, viewport) => {
    const page = await open('/alueet/', viewport);
    const employment = await namedAndListed(page, 'employment');
    expect(employment.links).toHaveLength(regions.employmentAreas.length);
    const path = (id: string) => `/alueet/tyollisyysalueet/${id}/`;
    const covered = new Set([...employment.named.map(path), ...employment.listed]);
    expect([...covered].sort()).toEqual(regions.employmentAreas.map((area) => path(area.id)).sort());
    expect(employment.named.length, 'some names fit on the map').toBeGreaterThan(3);

    await page.getByRole('radio', { name: 'Hyvinvointialueet luokittain' }).check();
    const wellbeing = await namedAndListed(page, 'wellbeing');
    expect(wellbeing.links).toHaveLength(regions.wellbeingAreas.length);
    const wbPath = (id: string) => `/alueet/hyvinvointialueet/${id}/`;
    const wbCovered = new Set([...wellbeing.named.map(wbPath), ...wellbeing.listed]);
    expect([...wbCovered].sort()).toEqual(regions.wellbeingAreas.map((area) => wbPath(area.id)).sort());
    await page.context().close();
  });

  test('both divisions\' borders are dark and drawn in both views and in the legend', async () => {
    const page = await open('/alueet/', LAPTOP);
    const borders = async () =>
      page.evaluate(() =>
        ['employment', 'wellbeing'].map((division) => {
          const [map, legend] = [...document.querySelectorAll(`.region-map .border--${division}`)];
          const style = (element: Element | undefined) => {
            const css = element === undefined ? undefined : getComputedStyle(element);
            return css === undefined ? undefined : { stroke: css.stroke, width: parseFloat(css.strokeWidth), shown: css.display !== 'none' && (element as SVGGraphicsElement).getBBox().width > 0 };
          };
          return { division, map: style(map), legend: style(legend) };
        }),
      );
    for (const view of ['employment', 'wellbeing']) {
      if (view === 'wellbeing') await page.getByRole('radio', { name: 'Hyvinvointialueet luokittain' }).check();
      for (const { division, map, legend } of await borders()) {
        expect(map?.shown, `${division} border in the ${view} view`).toBe(true);
        expect(legend?.shown, `${division} border in the legend`).toBe(true);
        expect(map?.stroke).toBe(legend?.stroke);
        const [r, g, b] = (map?.stroke.match(/\d+/g) ?? ['255', '255', '255']).map(Number);
        expect(r! + g! + b!, `${division} border is dark, not white`).toBeLessThan(200);
      }
    }
    await page.context().close();
  });

  test('an area opens its page by keyboard, and by touch on a phone', async () => {
    const page = await open('/alueet/', LAPTOP);
    const area = page.locator('g.layer--employment a').first();
    const href = await area.getAttribute('href');
    await area.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${href}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(regions.employmentAreas.find((a) => href?.endsWith(`/${a.id}/`))?.name);
    await page.context().close();

    const phone = await open('/alueet/', PHONE, { hasTouch: true, isMobile: true });
    // An area whose name fits on the phone's map: tapping its name reaches the area underneath.
    const named = phone.locator('g.labels.layer--employment text.label--narrow').first();
    const id = await named.getAttribute('data-area');
    const target = phone.locator(`g.layer--employment a[data-area="${id}"]`);
    await target.scrollIntoViewIfNeeded();
    const box = (await named.boundingBox())!;
    await phone.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await phone.waitForURL(`**/alueet/tyollisyysalueet/${id}/`);
    expect(pageErrors(phone)).toEqual([]);
    await phone.context().close();
  });

  test('the matrix says in visible text what a number means', async () => {
    const page = await open('/alueet/', PHONE);
    // Visible, not only in the matrix's own description for screen readers.
    const meaning = page.getByText(/Solun luku kertoo, montako kuntaa alueilla on yhteisiä/).filter({ visible: true });
    await meaning.scrollIntoViewIfNeeded();
    await expect(meaning.isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  test('a wellbeing-area page names the other area a spanning employment area reaches', async () => {
    const wellbeingOf = (code: string) => regions.municipalities.find((m) => m.code === code)!.wellbeingArea;
    const spanning = regions.employmentAreas.find((area) => new Set(area.municipalities.map(wellbeingOf)).size > 1)!;
    const [here, other] = [...new Set(spanning.municipalities.map(wellbeingOf))];
    const page = await open(`/alueet/hyvinvointialueet/${here}/`, LAPTOP);
    const partner = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: spanning.name, exact: true }) });
    await expect(partner.getByText('Ulottuu myös alueelle:').isVisible()).resolves.toBe(true);
    const link = partner.getByRole('link', { name: regions.wellbeingAreas.find((area) => area.id === other)!.name, exact: true });
    expect(await link.getAttribute('href')).toBe(`/alueet/hyvinvointialueet/${other}/`);
    await page.context().close();
  });
});

describe('/palvelut/', () => {
  test.each(WIDTHS)('is grouped by standing and kind without script (%s)', async (_, viewport) => {
    const page = await open('/palvelut/', viewport, { javaScriptEnabled: false });
    await expect(page.getByRole('search').count()).resolves.toBe(0);
    const lasting = page.getByRole('region', { name: /^Lakisääteiset ja vakiintuneet palvelut/ });
    await expect(lasting.getByRole('heading', { level: 3, name: /^Palvelut/ }).isVisible()).resolves.toBe(true);
    const links = await page.locator('[data-service] > a').count();
    expect(links).toBe(catalog.services.length);
    await page.context().close();
  });

  test('filters by name, target group and wellbeing area', async () => {
    const page = await open('/palvelut/', PHONE);
    const search = page.getByRole('search', { name: 'Rajaa luetteloa' });
    await search.waitFor();
    const shown = () => page.locator('[data-service]:visible').count();
    expect(await shown()).toBe(catalog.services.length);

    const ips = catalog.services.find((s) => s.id === 'ips') ?? catalog.services[0]!;
    await search.getByRole('searchbox', { name: 'Nimi tai sana' }).fill(ips.name.split(/\s/)[0]!);
    await expect.poll(shown).toBeLessThan(catalog.services.length);
    await expect(page.getByRole('link', { name: ips.name, exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/^Näytetään \d+\/\d+ palvelua\.$/);

    await search.getByRole('button', { name: 'Tyhjennä rajaus' }).click();
    await expect.poll(shown).toBe(catalog.services.length);
    const group = ips.targetGroups[0]!;
    await search.getByRole('combobox', { name: 'Kohderyhmä' }).selectOption(group);
    await expect.poll(shown).toBe(catalog.services.filter((s) => s.targetGroups.includes(group)).length);

    await search.getByRole('button', { name: 'Tyhjennä rajaus' }).click();
    await search.getByRole('combobox', { name: 'Hyvinvointialue' }).selectOption(regions.wellbeingAreas[0]!.id);
    const inArea = await shown();
    const national = catalog.services.filter((s) => s.regions.national).length;
    expect(inArea).toBeGreaterThanOrEqual(national);
    expect(inArea).toBeLessThan(catalog.services.length);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe('a service page', () => {
  const STATUTORY = '/palvelut/kuntouttava-tyotoiminta/';

  test.each(WIDTHS)('opens with for whom and the route, then who provides it in the area, then the background (%s)', async (_, viewport) => {
    const page = await open(STATUTORY, viewport);
    const headings = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
    const at = (name: string) => headings.indexOf(name);
    expect(at('Miten asiakas ohjautuu')).toBeGreaterThanOrEqual(0);
    expect(at('Miten asiakas ohjautuu')).toBeLessThan(at('Kuka tuottaa alueellasi'));
    if (at('Taustaa') >= 0) expect(at('Kuka tuottaa alueellasi')).toBeLessThan(at('Taustaa'));
    await expect(page.locator('.service-glance dt').first().textContent()).resolves.toBe('Kenelle');
    // The route starts on the first screen of a laptop.
    if (viewport === LAPTOP) expect((await page.getByRole('heading', { name: 'Miten asiakas ohjautuu' }).boundingBox())!.y).toBeLessThan(LAPTOP.height);
    await page.context().close();
  });

  test('remembers the reader\'s area and shows who provides the service there', async () => {
    const withOfferings = catalog.services.find((s) => s.offerings.length > 1 && !s.regions.national) ?? catalog.services.find((s) => s.offerings.length > 0)!;
    const page = await open(`/palvelut/${withOfferings.id}/`, PHONE);
    const section = page.getByRole('region', { name: 'Kuka tuottaa alueellasi' });
    const choice = section.getByRole('combobox', { name: 'Oma hyvinvointialueesi' });
    await choice.waitFor();
    const rows = section.locator('[data-area]');
    const all = await rows.count();
    const area = (await rows.first().getAttribute('data-area'))!;
    await choice.selectOption(area);
    await expect.poll(() => section.locator('[data-area]:visible').count()).toBe(1);
    expect(all).toBeGreaterThanOrEqual(1);

    // Another service page opens on the same area.
    await page.goto(`${baseUrl()}${STATUTORY}`);
    await expect(page.getByRole('combobox', { name: 'Oma hyvinvointialueesi' }).inputValue()).resolves.toBe(area);
    await page.context().close();
  });

  test('"Tulosta" prints the page with its address and the date, without the header', async () => {
    const page = await open(STATUTORY, LAPTOP);
    const button = page.getByRole('button', { name: 'Tulosta' });
    await expect(button.isVisible()).resolves.toBe(true);
    await page.evaluate(() => {
      // The dialog itself cannot be driven headless: record the call instead.
      (window as Window & { printed?: number }).printed = 0;
      window.print = () => {
        (window as Window & { printed?: number }).printed! += 1;
      };
    });
    await button.click();
    await expect(page.evaluate(() => (window as Window & { printed?: number }).printed)).resolves.toBe(1);
    await page.emulateMedia({ media: 'print' });
    const stamp = page.getByText(/^Sivun osoite: /);
    await expect(stamp.isVisible()).resolves.toBe(true);
    const text = (await stamp.textContent()) ?? '';
    expect(text).toContain(`https://palvelukyla.example${STATUTORY}`);
    const today = new Date();
    expect(text).toContain(`tulostettu ${today.getDate()}.${today.getMonth() + 1}.${today.getFullYear()}`);
    await expect(page.locator('header').first().isVisible()).resolves.toBe(false);
    await expect(button.isVisible()).resolves.toBe(false);
    // Links print black, visited or not: colours mean nothing on paper.
    const linkColours = await page.locator('main a').evaluateAll((links) => [...new Set(links.map((link) => getComputedStyle(link).color))]);
    expect(linkColours).toEqual(['rgb(0, 0, 0)']);
    await page.context().close();
  });
});
