/**
 * Alueet: the overlap matrix (22 × 45, keyboard details), the municipality lookup, compare with
 * its state in the URL, region pages without client JavaScript, and axe on each page type.
 * Expectations come from the built /data/regions.json, not from hard-coded content.
 */
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, openPage, pageErrors, siteJson, useBrowser } from './browser';

interface RegionsJson {
  wellbeingAreas: { id: string; name: string; municipalities: string[] }[];
  employmentAreas: { id: string; name: string; municipalities: string[] }[];
  municipalities: { code: string; name: string; nameSv: string; wellbeingArea: string; employmentArea: string }[];
}

let browser: Browser;
let regions: RegionsJson;
useBrowser((started) => {
  browser = started;
});
beforeAll(async () => {
  regions = await siteJson<RegionsJson>('/data/regions.json');
});

/** Waits until the island whose component file contains `name` has hydrated (Astro drops `ssr`). */
async function hydrated(page: Page, name: string): Promise<void> {
  const island = page.locator(`astro-island[component-url*="${name}"]`);
  await island.scrollIntoViewIfNeeded();
  await page.waitForSelector(`astro-island[component-url*="${name}"]:not([ssr])`, { state: 'attached' });
}

const wellbeingName = (id: string) => regions.wellbeingAreas.find((a) => a.id === id)!.name;
const employmentName = (id: string) => regions.employmentAreas.find((a) => a.id === id)!.name;

describe('/alueet/ overlap matrix', () => {
  test('shows every wellbeing area × every employment area, one link per overlapping pair', async () => {
    const page = await openPage(browser, '/alueet/');
    const matrix = page.locator('.matrix-wrap');
    expect(regions.wellbeingAreas).toHaveLength(22);
    expect(regions.employmentAreas).toHaveLength(45);
    expect(await matrix.getAttribute('data-rows')).toBe('22');
    expect(await matrix.getAttribute('data-columns')).toBe('45');
    const pairs = new Set(regions.municipalities.map((m) => `${m.wellbeingArea}|${m.employmentArea}`));
    await expect(matrix.getByRole('link', { name: /yhteistä kuntaa/ }).count()).resolves.toBe(pairs.size);
    await expect(page.getByRole('group', { name: 'Hyvinvointialueiden ja työllisyysalueiden yhteiset kunnat' }).count()).resolves.toBe(1);
    expect(pageErrors(page)).toEqual([]);
  });

  test('keyboard focus on a cell reveals its areas and municipalities; arrow keys move between cells', async () => {
    const page = await openPage(browser, '/alueet/');
    await hydrated(page, 'OverlapMatrix');
    const details = page.getByTestId('matrix-details');
    // Tab from the instructions' skip link lands on the matrix's one tab stop.
    await page.locator('.matrix__skip').focus();
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(first).toMatch(/^(.+) ja (.+): (\d+) yhteistä kuntaa$/);
    const [, row, column] = /^(.+) ja (.+): \d+ yhteistä kuntaa$/.exec(first)!;
    await expect.poll(() => details.textContent()).toContain(`${row} ja ${column}`);
    const text = await details.textContent();
    // The shared municipalities are listed: each one belongs to the cell's employment area.
    const area = regions.employmentAreas.find((a) => a.name === column)!;
    const memberNames = area.municipalities.map((code) => regions.municipalities.find((m) => m.code === code)!.name);
    expect(memberNames.some((name) => text!.includes(name))).toBe(true);

    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(second).not.toBe(first);
    await expect.poll(() => details.textContent()).toContain(second.replace(/: \d+ yhteistä kuntaa$/, ''));
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('/alueet/ municipality lookup', () => {
  test.each([
    ['Kiteellä', 'Kitee'],
    ['Pedersöre', 'Pedersöre'],
    ['kuopiossa', 'Kuopio'],
  ])('"%s" finds %s with its wellbeing and employment area', async (query, expectedName) => {
    const municipality = regions.municipalities.find((m) => m.name === expectedName || m.nameSv === expectedName)!;
    const page = await openPage(browser, '/alueet/');
    await hydrated(page, 'MunicipalityLookup');
    await page.getByRole('searchbox', { name: 'Kunnan nimi (suomeksi tai ruotsiksi)' }).fill(query);
    const result = page.locator('.lookup__results li').first();
    await expect(result.locator('strong').textContent()).resolves.toBe(municipality.name);
    const wellbeing = result.getByRole('link', { name: wellbeingName(municipality.wellbeingArea), exact: true });
    const employment = result.getByRole('link', { name: employmentName(municipality.employmentArea), exact: true });
    expect(await wellbeing.getAttribute('href')).toBe(`/alueet/hyvinvointialueet/${municipality.wellbeingArea}/`);
    expect(await employment.getAttribute('href')).toBe(`/alueet/tyollisyysalueet/${municipality.employmentArea}/`);
    await expect(page.getByRole('status').first().textContent()).resolves.toMatch(/osum/);
  });
});

describe('/alueet/vertaa/ compare', () => {
  test('reads ?a=&b= from the URL, notes an unknown id, and writes a new choice back to the URL', async () => {
    const [a, b] = regions.wellbeingAreas;
    const page = await openPage(browser, `/alueet/vertaa/?a=${a!.id}&b=ei-tällaista`);
    await hydrated(page, 'CompareAreas');
    // The URL is read after hydration: wait for what it renders rather than counting at once.
    await page.locator('.note', { hasText: 'ei-tällaista' }).waitFor();
    const table = page.getByRole('table');
    await table.getByRole('columnheader', { name: a!.name }).waitFor();

    await page.getByRole('combobox', { name: 'Toinen alue' }).selectOption(b!.id);
    expect(new URL(page.url()).searchParams.get('a')).toBe(a!.id);
    expect(new URL(page.url()).searchParams.get('b')).toBe(b!.id);
    await table.getByRole('columnheader', { name: b!.name }).waitFor();

    // The URL alone restores the comparison (a shared link).
    const shared = await openPage(browser, new URL(page.url()).pathname + new URL(page.url()).search);
    await hydrated(shared, 'CompareAreas');
    await shared.getByRole('table').getByRole('columnheader', { name: b!.name }).waitFor();
    await expect(shared.getByRole('combobox', { name: 'Ensimmäinen alue' }).inputValue()).resolves.toBe(a!.id);
    await expect(shared.getByRole('combobox', { name: 'Toinen alue' }).inputValue()).resolves.toBe(b!.id);
    await expect(shared.locator('.note').count()).resolves.toBe(0);
    expect(pageErrors(shared)).toEqual([]);
  });
});

describe('region pages', () => {
  test.each([
    ['wellbeing', 'hyvinvointialueet'],
    ['employment', 'tyollisyysalueet'],
  ] as const)('the %s-area page lists its municipalities and ships no client JavaScript', async (kind, path) => {
    const area = kind === 'wellbeing' ? regions.wellbeingAreas[0]! : regions.employmentAreas[0]!;
    const page = await openPage(browser, `/alueet/${path}/${area.id}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(area.name);
    const firstMember = regions.municipalities.find((m) => m.code === area.municipalities[0])!;
    await expect(page.getByText(firstMember.name, { exact: true }).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('script[type="module"], script[src], astro-island').count()).resolves.toBe(0);
  });
});

describe('axe-core', () => {
  test.each([
    ['/alueet/'],
    [`/alueet/hyvinvointialueet/pohjois-karjala/`],
    [`/alueet/tyollisyysalueet/kainuu-koillismaa/`],
    ['/alueet/vertaa/?a=pohjois-karjala&b=kainuu'],
    ['/alueet/kattavuus/'],
    ['/alueet/kattavuus/hyvinvointialueet/pohjois-karjala/'],
    ['/alueet/kattavuus/tyollisyysalueet/kainuu-koillismaa/'],
  ])('%s has no WCAG 2.1 A/AA violations', async (path) => {
    const page = await openPage(browser, path);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
  });
});
