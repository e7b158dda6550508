/**
 * Mökkikylä: the village shows the catalogue's actors, the region selector changes the village and
 * the URL, the keyboard opens a service's details, axe finds nothing, and no other page loads React Flow.
 * Expectations come from the built /data/*.json and the same pure functions the island uses.
 */
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { villageActors, type VillageActor, type VillageArea } from '@/lib/village/graph';
import { axeViolations, baseUrl, openPage, pageErrors, siteJson, useBrowser } from './browser';

interface CatalogJson {
  actors: VillageActor[];
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

async function openVillage(path = '/mokkikyla/'): Promise<Page> {
  const page = await openPage(browser, path);
  await page.waitForSelector('[data-hydrated]', { state: 'attached' });
  return page;
}

const cottageIds = (page: Page): Promise<string[]> =>
  page.locator('.react-flow__node-cottage').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id') ?? '').sort());

describe('mökkikylä', () => {
  test('the national village has a cottage for every actor of the catalogue, also as a list without JavaScript', async () => {
    const page = await openVillage();
    // The server draws the cottages in view; once hydrated the island draws them all.
    await expect.poll(() => cottageIds(page)).toEqual(catalog.actors.map((actor) => `actor:${actor.id}`).sort());
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Mökkikylä');
    expect(pageErrors(page)).toEqual([]);

    const context = await browser.newContext({ javaScriptEnabled: false });
    const still = await context.newPage();
    await still.goto(`${baseUrl()}/mokkikyla/`);
    expect(await still.getByRole('heading', { name: 'Kylä listana' }).count()).toBe(1);
    const listed = await still.locator('.village-list [data-actor]').evaluateAll((items) => items.map((item) => item.getAttribute('data-actor')));
    expect(listed.sort()).toEqual(catalog.actors.map((actor) => actor.id).sort());
    // Nodes declare their size, so the map's first view (the cottages in view) is drawn before any script runs.
    expect(await still.locator('.react-flow__viewport').count()).toBe(1);
    expect(await still.locator('.react-flow__node').count()).toBeGreaterThan(0);
    await context.close();
  });

  test('the region selector changes the village and the URL, and back again', async () => {
    const page = await openVillage();
    // Prefer an area whose village differs from the national one; any area will do otherwise.
    const national = villageActors(catalog.actors, { kind: 'national' }).length;
    const chosen =
      regions.wellbeingAreas.find((area) => villageActors(catalog.actors, { kind: 'wellbeing-area', area: areaOf(area.id) }).length < national) ??
      regions.wellbeingAreas[0]!;
    const expected = villageActors(catalog.actors, { kind: 'wellbeing-area', area: areaOf(chosen.id) }).map((a) => `actor:${a.id}`).sort();

    const select = page.getByRole('combobox', { name: 'Hyvinvointialue', exact: true });
    expect(await select.locator('option').count()).toBe(regions.wellbeingAreas.length + 1);
    await select.selectOption(chosen.id);
    await expect.poll(() => new URL(page.url()).searchParams.get('alue')).toBe(chosen.id);
    await expect.poll(() => cottageIds(page)).toEqual(expected);
    const scopeNote = page.getByRole('status').filter({ hasText: 'Kylässä ovat alueen omat toimijat' });
    for (const partner of areaOf(chosen.id).employmentAreas) expect(await scopeNote.textContent()).toContain(partner.name);

    await page.goBack();
    await expect.poll(() => cottageIds(page)).toHaveLength(catalog.actors.length);
    expect(await select.inputValue()).toBe('');

    const direct = await openVillage(`/mokkikyla/?alue=${chosen.id}`);
    await expect.poll(() => direct.getByRole('combobox', { name: 'Hyvinvointialue', exact: true }).inputValue()).toBe(chosen.id);
    await expect.poll(() => cottageIds(direct)).toEqual(expected);
  });

  test('an unknown region in the URL is ignored with a visible note', async () => {
    const page = await openVillage('/mokkikyla/?alue=%3Cb%3Eei-alue%3C%2Fb%3E');
    const note = page.getByText('Osoitteessa mainittua aluetta');
    await note.waitFor();
    expect(await note.textContent()).toContain('<b>ei-alue</b>');
    expect(await page.locator('.village b').count()).toBe(0);
    await expect.poll(() => cottageIds(page)).toHaveLength(catalog.actors.length);
  });

  test('the keyboard reaches a service (or a cottage) and opens its details beside the map', async () => {
    if (catalog.actors.length === 0) return; // nothing on the map to reach yet
    const page = await openVillage();
    await page.getByRole('checkbox', { name: 'Näytä kaikki yhteistyötiet' }).focus();
    let found: { service: string | null; text: string } | null = null;
    for (let presses = 0; presses < 60 && found === null; presses++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => {
        const active = document.activeElement;
        if (!(active instanceof HTMLButtonElement) || active.closest('.react-flow__node') === null) return null;
        if (active.dataset['service'] === undefined && document.querySelector('.react-flow__node [data-service]') !== null) return null;
        return { service: active.dataset['service'] ?? null, text: active.textContent ?? '' };
      });
    }
    expect(found, 'Tab never reached a button on the map').not.toBeNull();
    await page.keyboard.press('Enter');
    const heading = page.locator('#village-panel-heading');
    const expectedName =
      found!.service === null ? found!.text.trim() : catalog.services.find((service) => service.id === found!.service)!.name;
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
    const page = await openVillage();
    const first = page.locator('.react-flow__node-cottage .cottage__name').first();
    // The first cottage may lie outside the first view: reach it as a keyboard user would.
    if ((await first.count()) > 0) {
      await first.focus();
      await page.keyboard.press('Enter');
    }
    const group = page.getByRole('combobox', { name: 'Korosta kohderyhmän palvelut' });
    if ((await group.locator('option').count()) > 1) await group.selectOption({ index: 1 });
    await page.getByRole('checkbox', { name: 'Näytä kaikki yhteistyötiet' }).check();
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
