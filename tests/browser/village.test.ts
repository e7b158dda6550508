/**
 * Mökkikylä: the first view is readable without interaction on a laptop and a phone (measured from
 * the DOM: node boxes against the frame, names' computed font size times the viewport's zoom), no
 * cottages overlap, a region change refits, the wheel scrolls the page, the picture downloads as
 * SVG, the keyboard opens details, axe finds nothing, and no other page loads React Flow.
 * Expectations come from the built /data/*.json and the same pure functions the island uses.
 */
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildVillage, type VillageActor, type VillageArea, type VillageCatalog } from '@/lib/village/graph';
import { axeViolations, baseUrl, openPage, pageErrors, siteJson, useBrowser } from './browser';

interface CatalogJson {
  actors: (VillageActor & { historical?: string })[];
  services: { id: string; name: string }[];
}
interface RegionsJson {
  wellbeingAreas: { id: string; name: string; municipalities: string[] }[];
  employmentAreas: { id: string; name: string }[];
  municipalities: { code: string; wellbeingArea: string; employmentArea: string }[];
}

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

/** The village region of a wellbeing area, derived from regions.json as the page derives it from the tables. */
function areaOf(id: string): VillageArea {
  const area = regions.wellbeingAreas.find((candidate) => candidate.id === id)!;
  const partnerIds = new Set(regions.municipalities.filter((m) => m.wellbeingArea === id).map((m) => m.employmentArea));
  return {
    id,
    name: area.name,
    municipalities: area.municipalities,
    employmentAreas: regions.employmentAreas.filter((e) => partnerIds.has(e.id)).map((e) => ({ id: e.id, name: e.name })),
  };
}

const LAPTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

async function openVillage(path = '/mokkikyla/', viewport = LAPTOP): Promise<Page> {
  const page = await openPage(browser, path, viewport);
  await page.waitForSelector('[data-hydrated]', { state: 'attached' });
  return page;
}

const cottageIds = (page: Page): Promise<string[]> =>
  page.locator('.react-flow__node-cottage').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id') ?? '').sort());

/** The cottages the village of `areaId` should hold, built from its data file as the island builds it. */
async function expectedCottages(areaId: string): Promise<string[]> {
  const slice = await siteJson<VillageCatalog>(`/data/mokkikyla/${areaId}.json`);
  return buildVillage(slice, { kind: 'wellbeing-area', area: areaOf(areaId) }).cottages.map((c) => c.id).sort();
}

interface Measured {
  zoom: number;
  frame: { left: number; top: number; right: number; bottom: number };
  items: { id: string; left: number; top: number; right: number; bottom: number; px: number; text: string }[];
}

/** What the map shows now: the viewport's zoom, the frame, and each `selector` box with its text's size on screen. */
function measure(page: Page, selector: string, textSelector: string): Promise<Measured> {
  return page.evaluate(
    ({ selector, textSelector }) => {
      const viewport = document.querySelector<HTMLElement>('.village .react-flow__viewport')!;
      const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
      const frame = document.querySelector('.village .react-flow')!.getBoundingClientRect();
      const items = [...document.querySelectorAll<HTMLElement>(selector)].map((node) => {
        const box = node.getBoundingClientRect();
        const text = node.querySelector<HTMLElement>(textSelector)!;
        return {
          id: node.dataset['id'] ?? '',
          left: box.left,
          top: box.top,
          right: box.right,
          bottom: box.bottom,
          px: parseFloat(getComputedStyle(text).fontSize) * zoom,
          text: text.textContent ?? '',
        };
      });
      return { zoom, frame: { left: frame.left, top: frame.top, right: frame.right, bottom: frame.bottom }, items };
    },
    { selector, textSelector },
  );
}

function expectInside(measured: Measured): void {
  const { frame } = measured;
  for (const item of measured.items) {
    expect(item.left >= frame.left - 0.5 && item.right <= frame.right + 0.5, `${item.id || item.text} inside the frame horizontally`).toBe(true);
    expect(item.top >= frame.top - 0.5 && item.bottom <= frame.bottom + 0.5, `${item.id || item.text} inside the frame vertically`).toBe(true);
  }
}

describe('mökkikylä', () => {
  test.each([
    ['laptop', LAPTOP],
    ['phone', PHONE],
  ])('the national village opens folded and readable on a %s: every neighbourhood name ≥ 14 px with its count, inside the frame', async (_name, viewport) => {
    const page = await openVillage('/mokkikyla/', viewport);
    await page.waitForSelector('.village[data-village="koko-maa"]');
    await page.waitForTimeout(300);
    const measured = await measure(page, '.react-flow__node-neighbourhood', '.neighbourhood__name');
    expect(measured.items).toHaveLength(7);
    for (const item of measured.items) {
      expect(item.px, `${item.text} is ${item.px.toFixed(1)} px`).toBeGreaterThanOrEqual(14);
      expect(await page.locator(`.react-flow__node[data-id="${item.id}"] .neighbourhood__count`).textContent()).toMatch(/^\d+ mökkiä$/);
    }
    expectInside(measured);
    expect(await page.locator('.react-flow__node-cottage').count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });

  test.each([
    ['laptop', LAPTOP, 'pohjois-karjala'],
    ['phone', PHONE, 'pohjois-karjala'],
    ['phone', PHONE, 'lappi'],
  ])('a wellbeing area\'s village on a %s (%s): every cottage name ≥ 11 px, inside the frame, no two cottages overlap', async (_name, viewport, areaId) => {
    const page = await openVillage(`/mokkikyla/?alue=${areaId}`, viewport);
    await page.waitForSelector(`.village[data-village="${areaId}"][data-mode="detail"]`);
    await expect.poll(() => cottageIds(page)).toEqual(await expectedCottages(areaId));
    await page.waitForTimeout(300);
    const measured = await measure(page, '.react-flow__node-cottage', '.cottage__name');
    expect(measured.items.length).toBeGreaterThan(0);
    const smallest = Math.min(...measured.items.map((item) => item.px));
    console.log(`[village] ${areaId} at ${viewport.width}×${viewport.height}: ${measured.items.length} cottages, names ${smallest.toFixed(1)} px, zoom ${measured.zoom.toFixed(3)}`);
    expect(smallest).toBeGreaterThanOrEqual(11);
    expectInside(measured);
    for (const [i, a] of measured.items.entries()) {
      for (const b of measured.items.slice(i + 1)) {
        const apart = a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
        expect(apart, `${a.id} × ${b.id}`).toBe(true);
      }
    }
    const partners = areaOf(areaId).employmentAreas.map((partner) => partner.name);
    const scopeNote = await page.getByRole('status').filter({ hasText: 'Kumppanityöllisyysalueet' }).textContent();
    for (const partner of partners) expect(scopeNote).toContain(partner);
    expect(pageErrors(page)).toEqual([]);
  });

  test('a region\'s cottages show their number of services under their names, inside the cottage', async () => {
    const areaId = 'pohjois-karjala';
    const page = await openVillage(`/mokkikyla/?alue=${areaId}`, LAPTOP);
    await page.waitForSelector(`.village[data-village="${areaId}"][data-mode="detail"]`);
    const slice = await siteJson<VillageCatalog>(`/data/mokkikyla/${areaId}.json`);
    const expected = new Map(buildVillage(slice, { kind: 'wellbeing-area', area: areaOf(areaId) }).cottages.map((c) => [c.id, c.services.length]));
    await expect.poll(() => page.locator('.react-flow__node-cottage').count()).toBe(expected.size);
    const shown = await page.locator('.react-flow__node-cottage').evaluateAll((nodes) =>
      nodes.map((node) => {
        const count = node.querySelector<HTMLElement>('.cottage__count');
        const box = node.getBoundingClientRect();
        const line = count?.getBoundingClientRect();
        return {
          id: node.getAttribute('data-id') ?? '',
          text: count?.textContent ?? null,
          inside: line !== undefined && line.height > 0 && line.top >= box.top - 0.5 && line.bottom <= box.bottom + 0.5,
        };
      }),
    );
    for (const cottage of shown) {
      const services = expected.get(cottage.id)!;
      expect(cottage.text, cottage.id).toBe(services === 0 ? 'ei palveluja' : services === 1 ? '1 palvelu' : `${services} palvelua`);
      expect(cottage.inside, `${cottage.id}: the count line lies inside the cottage`).toBe(true);
    }
  });

  test('the national village fetches no data for its first view; opening a neighbourhood fetches it and shows its cottages readable', async () => {
    const page = await openVillage('/mokkikyla/', LAPTOP);
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/data/mokkikyla/')) fetched.push(new URL(request.url()).pathname);
    });
    await page.waitForSelector('.village[data-village="koko-maa"][data-mode="overview"]');
    await page.waitForTimeout(500);
    const early = await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/data/mokkikyla/')).length);
    expect(early + fetched.length, 'no village data before a neighbourhood is opened').toBe(0);
    const card = page.locator('.react-flow__node-neighbourhood .neighbourhood__open').first();
    await card.click();
    await page.waitForSelector('.village[data-village="koko-maa"][data-mode="detail"]');
    expect(fetched).toEqual(['/data/mokkikyla/koko-maa.json']);
    await page.waitForTimeout(500);
    const measured = await measure(page, '.react-flow__node-cottage', '.cottage__name');
    expect(measured.items.length).toBeGreaterThan(0);
    expect(Math.min(...measured.items.map((item) => item.px))).toBeGreaterThanOrEqual(11);
    expect(pageErrors(page)).toEqual([]);
  });

  test('a region in the URL: its data is preloaded from the head and fetched once', async () => {
    const page = await openVillage('/mokkikyla/?alue=lappi', PHONE);
    await page.waitForSelector('.village[data-village="lappi"][data-mode="detail"]');
    const entries = await page.evaluate(() =>
      performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/data/mokkikyla/')).map((entry) => ({
        path: new URL(entry.name).pathname,
        initiator: (entry as PerformanceResourceTiming).initiatorType,
      })),
    );
    expect(entries).toEqual([{ path: '/data/mokkikyla/lappi.json', initiator: 'link' }]);
    expect(await page.locator('head script[src="/mokkikyla/esilataus.js"]').getAttribute('type')).toBe('module');
  });

  test('the page stays small and lists the national village without JavaScript; actors of the past are left out', async () => {
    const html = await (await fetch(`${baseUrl()}/mokkikyla/`)).text();
    expect(html.length).toBeLessThan(300_000);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const still = await context.newPage();
    await still.goto(`${baseUrl()}/mokkikyla/`);
    expect(await still.getByRole('heading', { name: 'Kylä listana' }).count()).toBe(1);
    const listed = await still.locator('.village-list [data-actor]').evaluateAll((items) => items.map((item) => item.getAttribute('data-actor')));
    const current = catalog.actors.filter((actor) => actor.historical === undefined);
    expect(listed.sort()).toEqual(current.map((actor) => actor.id).sort());
    expect(listed).not.toContain('te-toimisto');
    // The folded village is drawn by the server: readable before any script runs.
    expect(await still.locator('.react-flow__node-neighbourhood').count()).toBe(7);
    await context.close();
  });

  test('the region selector changes the village and the URL and refits; back again', async () => {
    const page = await openVillage();
    const select = page.getByRole('combobox', { name: 'Hyvinvointialue', exact: true });
    expect(await select.locator('option').count()).toBe(regions.wellbeingAreas.length + 1);
    for (const areaId of ['lappi', 'pohjois-karjala']) {
      await select.selectOption(areaId);
      await expect.poll(() => new URL(page.url()).searchParams.get('alue')).toBe(areaId);
      await page.waitForSelector(`.village[data-village="${areaId}"][data-mode="detail"]`);
      await expect.poll(() => cottageIds(page)).toEqual(await expectedCottages(areaId));
      await page.waitForTimeout(400);
      const measured = await measure(page, '.react-flow__node-cottage', '.cottage__name');
      expectInside(measured);
      expect(Math.min(...measured.items.map((item) => item.px))).toBeGreaterThanOrEqual(11);
    }
    await page.goBack();
    await page.waitForSelector('.village[data-village="lappi"]');
    await page.goBack();
    await page.waitForSelector('.village[data-village="koko-maa"][data-mode="overview"]');
    expect(await select.inputValue()).toBe('');
  });

  test('the mouse wheel scrolls the page, not the map; Ctrl + wheel zooms', async () => {
    const page = await openVillage('/mokkikyla/?alue=lappi');
    await page.waitForSelector('.village[data-village="lappi"][data-mode="detail"]');
    await page.waitForTimeout(300);
    const zoomOf = () => page.evaluate(() => new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.village .react-flow__viewport')!).transform).a);
    const before = await zoomOf();
    const frame = (await page.locator('.village .react-flow').boundingBox())!;
    await page.mouse.move(frame.x + frame.width / 2, frame.y + 40);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    expect(await zoomOf()).toBeCloseTo(before, 5);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(zoomOf).toBeGreaterThan(before);
  });

  test('"Lataa kuva" gives an SVG with the title, the region and the cottages', async () => {
    const page = await openVillage('/mokkikyla/?alue=pohjois-karjala');
    await page.waitForSelector('.village[data-village="pohjois-karjala"][data-mode="detail"]');
    await page.getByText('Lataa kuva', { exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lataa SVG-kuvana' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^mokkikyla-.*\.svg$/);
    const path = await download.path();
    const svg = (await import('node:fs')).readFileSync(path, 'utf8');
    expect(svg.length).toBeGreaterThan(1000);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Mökkikylä: työkyvyn tuen ja työllistymisen toimijat');
    expect(svg).toContain('Pohjois-Karjalan hyvinvointialue');
    expect(svg).toContain('Lähteet:');
    expect((svg.match(/<path d="M[\d.]+ [\d.]+ L/g) ?? []).length).toBeGreaterThan(10);
    // The page prints the same picture.
    expect(await page.locator('.village__print svg').count()).toBe(1);
  });

  test('the keyboard reaches a service (or a cottage) and opens its details beside the map', async () => {
    if (catalog.actors.length === 0) return; // nothing on the map to reach yet
    const page = await openVillage('/mokkikyla/?alue=pohjois-karjala');
    await page.waitForSelector('.village[data-village="pohjois-karjala"][data-mode="detail"]');
    await page.getByRole('link', { name: 'Kylä listana' }).focus();
    let found: { service: string | null; node: string } | null = null;
    for (let presses = 0; presses < 60 && found === null; presses++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => {
        const active = document.activeElement;
        if (!(active instanceof HTMLButtonElement) || active.closest('.react-flow__node') === null) return null;
        if (active.dataset['service'] === undefined && document.querySelector('.react-flow__node [data-service]') !== null) return null;
        return { service: active.dataset['service'] ?? null, node: active.closest<HTMLElement>('.react-flow__node')!.dataset['id'] ?? '' };
      });
    }
    expect(found, 'Tab never reached a button on the map').not.toBeNull();
    await page.keyboard.press('Enter');
    const heading = page.locator('#village-panel-heading');
    const expectedName =
      found!.service === null
        ? catalog.actors.find((actor) => `actor:${actor.id}` === found!.node)!.name
        : catalog.services.find((service) => service.id === found!.service)!.name;
    await expect.poll(() => heading.textContent()).toContain(expectedName.slice(0, 20));
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('village-panel-heading');
    if (found!.service !== null) {
      expect(await page.getByRole('link', { name: `Palvelun koko sivu: ${expectedName}` }).getAttribute('href')).toBe(`/palvelut/${found!.service}/`);
    }
    expect(page.url()).toContain('/mokkikyla/');
  });

  // One axe run over the busiest state (details open, a target group highlighted, all roads drawn):
  // on the full catalogue a run takes tens of seconds on a small machine.
  test('axe-core finds no WCAG 2.1 A/AA violations with details open and a target group highlighted', { timeout: 240_000 }, async () => {
    const page = await openVillage('/mokkikyla/?alue=pohjois-karjala');
    await page.waitForSelector('.village[data-village="pohjois-karjala"][data-mode="detail"]');
    const first = page.locator('.react-flow__node-cottage .cottage__name').first();
    // The first cottage may lie outside the first view: reach it as a keyboard user would.
    if ((await first.count()) > 0) {
      await first.focus();
      await page.keyboard.press('Enter');
    }
    await page.getByText('Lisää valintoja').click();
    const group = page.getByRole('combobox', { name: 'Korosta kohderyhmän palvelut' });
    if ((await group.locator('option').count()) > 1) await group.selectOption({ index: 1 });
    await page.getByRole('checkbox', { name: 'Näytä kaikki tiet' }).check();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('React Flow stays on the map page', () => {
  /** Bodies of every script and stylesheet the page loaded. */
  async function loadedCode(path: string): Promise<{ scripts: string[]; styles: string[] }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts: string[] = [];
    const styles: string[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type === 'script') scripts.push(response.url());
      if (type === 'stylesheet') styles.push(response.url());
    });
    await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 5000);
    await page.waitForTimeout(300);
    const bodies = async (urls: string[]) => Promise.all(urls.map(async (url) => (await fetch(url)).text()));
    const result = { scripts: await bodies(scripts), styles: await bodies(styles) };
    await context.close();
    return result;
  }

  test('/palvelut/ loads no React Flow script or stylesheet; /mokkikyla/ does', async () => {
    const other = await loadedCode('/palvelut/');
    expect(other.scripts.filter((body) => body.includes('react-flow__'))).toEqual([]);
    expect(other.styles.filter((body) => body.includes('.react-flow'))).toEqual([]);
    const map = await loadedCode('/mokkikyla/');
    expect(map.scripts.some((body) => body.includes('react-flow__'))).toBe(true);
  });
});
