/**
 * /perehdytys/: the chapters read in order, answers open on demand, "luettu" progress survives a
 * reload and can be reset, a bad stored value is ignored with a note; /sanasto/ anchors land on their
 * term. Expectations come from the built pages and /data/catalog.json, never from hard-coded content.
 */
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, baseUrl, openPage, pageErrors, siteJson, useBrowser } from './browser';

interface CatalogJson {
  glossary: { id: string; term: string }[];
}

let browser: Browser;
let catalog: CatalogJson;
useBrowser((started) => {
  browser = started;
});
beforeAll(async () => {
  catalog = await siteJson<CatalogJson>('/data/catalog.json');
});

const progressText = (page: Page) => page.getByRole('status').textContent();
const readBoxes = (page: Page) => page.getByRole('checkbox', { name: /^Luettu/ });

describe('/perehdytys/', () => {
  test('chapters in order with self-check answers behind a click, and no axe violations', async (context) => {
    const page = await openPage(browser, '/perehdytys/');
    const chapters = page.locator('section[data-chapter-id]');
    const count = await chapters.count();
    if (count === 0) return context.skip();
    const headings = await chapters.locator('h2').allTextContents();
    headings.forEach((heading, index) => expect(heading).toContain(`Luku ${index + 1}`));
    const details = chapters.first().locator('details').first();
    const answer = details.locator('p');
    await expect(answer.isVisible()).resolves.toBe(false);
    await details.locator('summary').click();
    await expect(answer.isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  test('progress survives a reload and can be reset', async (context) => {
    const page = await openPage(browser, '/perehdytys/');
    const total = await readBoxes(page).count();
    if (total === 0) return context.skip();
    await expect(progressText(page)).resolves.toBe(`0 / ${total} lukua luettu`);
    await readBoxes(page).first().check();
    await readBoxes(page).last().check();
    const expected = total > 1 ? 2 : 1;
    await expect(progressText(page)).resolves.toBe(`${expected} / ${total} lukua luettu`);

    await page.reload({ waitUntil: 'load' });
    await expect(progressText(page)).resolves.toBe(`${expected} / ${total} lukua luettu`);
    await expect(readBoxes(page).first().isChecked()).resolves.toBe(true);
    await expect(page.locator('[data-read-badge]:not([hidden])').count()).resolves.toBe(expected);

    await page.getByRole('button', { name: 'Nollaa edistyminen' }).click();
    await expect(progressText(page)).resolves.toContain(`0 / ${total} lukua luettu`);
    await page.reload({ waitUntil: 'load' });
    await expect(progressText(page)).resolves.toBe(`0 / ${total} lukua luettu`);
    await expect(readBoxes(page).first().isChecked()).resolves.toBe(false);
  });

  test('a malformed stored value is ignored with a note', async (context) => {
    const page = await openPage(browser, '/perehdytys/');
    if ((await readBoxes(page).count()) === 0) return context.skip();
    await page.evaluate(() => localStorage.setItem('palvelukyla.perehdytys.v1', '{"read":"<img src=x>"'));
    await page.reload({ waitUntil: 'load' });
    await expect(page.getByText('Selaimeen tallennettu edistyminen oli virheellinen').isVisible()).resolves.toBe(true);
    await expect(progressText(page)).resolves.toMatch(/^0 \//);
    expect(pageErrors(page)).toEqual([]);
  });

  test('without JavaScript the whole path still reads, and no dead controls are shown', async (context) => {
    const contextNoJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await contextNoJs.newPage();
    await page.goto(`${baseUrl()}/perehdytys/`);
    if ((await page.locator('section[data-chapter-id]').count()) === 0) return context.skip();
    await expect(page.locator('section[data-chapter-id]').first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole('checkbox').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Nollaa edistyminen' }).count()).resolves.toBe(0);
    await contextNoJs.close();
  });
});

describe('/sanasto/', () => {
  test('an anchor link lands on its term, and the page passes axe', async (context) => {
    const term = catalog.glossary[Math.floor(catalog.glossary.length / 2)];
    if (term === undefined) return context.skip();
    const page = await openPage(browser, `/sanasto/#${term.id}`);
    const target = page.locator(`[id="${term.id}"]`);
    await expect(target.evaluate((element) => element.matches(':target'))).resolves.toBe(true);
    await expect(target.textContent()).resolves.toContain(term.term);
    const box = await target.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    expect(box!.y).toBeLessThan(page.viewportSize()!.height);
    expect(await axeViolations(page)).toEqual([]);
  });
});
