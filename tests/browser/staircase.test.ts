/**
 * /portaat/: both ladders draw every level of the content, choosing a step (pointer or keyboard)
 * brings up its services beside the stairs, the page is accessible and fits a 360 px phone.
 * Expectations come from the built /data/catalog.json, never from hard-coded content.
 */
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, openPage, pageErrors, siteJson, useBrowser } from './browser';

interface Level {
  id: string;
  name: string;
}
interface Ladder {
  id: string;
  title: string;
  levels: Level[];
}
interface CatalogJson {
  staircase: { ladders: Ladder[] };
  services: { id: string; name: string; staircaseLevels: string[] }[];
}

let browser: Browser;
let catalog: CatalogJson;
useBrowser((started) => {
  browser = started;
});
beforeAll(async () => {
  catalog = await siteJson<CatalogJson>('/data/catalog.json');
});

const servicesOn = (levelId: string) => catalog.services.filter((service) => service.staircaseLevels.includes(levelId));

/** The level to choose: the first one that has services, else the bottom step of the first ladder. */
function chosenLevel(): { ladder: Ladder; level: Level; index: number } {
  for (const ladder of catalog.staircase.ladders) {
    const index = ladder.levels.findIndex((level) => servicesOn(level.id).length > 0);
    if (index >= 0) return { ladder, level: ladder.levels[index]!, index };
  }
  const ladder = catalog.staircase.ladders[0]!;
  return { ladder, level: ladder.levels[0]!, index: 0 };
}

async function stepLink(page: Page, ladder: Ladder, index: number) {
  const level = ladder.levels[index]!;
  const figure = page.getByRole('group', { name: `${ladder.title} kuvana` });
  return figure.getByRole('link', { name: new RegExp(`^${escape(level.name)}, .*, porras ${index + 1}/${ladder.levels.length}$`) });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function expectServicesShown(page: Page, level: Level): Promise<void> {
  await expect(page.evaluate(() => location.hash)).resolves.toBe(`#${level.id}`);
  const item = page.locator(`li[id="${level.id}"]`);
  await expect(item.evaluate((element) => element.matches(':target'))).resolves.toBe(true);
  // Scrolled into view beside (or below) the stairs.
  const box = await item.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box).not.toBeNull();
  expect(box!.y).toBeLessThan(viewport.height);
  expect(box!.y + box!.height).toBeGreaterThan(0);
  const links = await item.getByRole('link').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
  for (const service of servicesOn(level.id)) expect(links).toContain(`/palvelut/${service.id}/`);
  if (servicesOn(level.id).length === 0) expect(await item.textContent()).toContain('Yksikään palvelu ei vielä osoita');
}

describe('/portaat/', () => {
  test('the catalogue has both ladders', () => {
    expect(catalog.staircase.ladders.map((ladder) => ladder.id).sort()).toEqual(['tukipalvelujen-portaat', 'tyohonvalmennuksen-portaat']);
  });

  test('each ladder draws every level of the content as a step and lists it in order', async () => {
    const page = await openPage(browser, '/portaat/');
    for (const ladder of catalog.staircase.ladders) {
      await expect(page.getByRole('heading', { level: 2, name: ladder.title }).count()).resolves.toBe(1);
      const figure = page.getByRole('group', { name: `${ladder.title} kuvana` });
      await expect(figure.getByRole('link').count()).resolves.toBe(ladder.levels.length);
      for (const [index, level] of ladder.levels.entries()) {
        await expect((await stepLink(page, ladder, index)).count(), level.id).resolves.toBe(1);
        await expect(page.locator(`[data-level="${level.id}"] rect`).count()).resolves.toBe(1);
      }
      // The ordered list: bottom step first, one item per level, each headed by the level's name.
      const ids = await page
        .locator(`section[aria-labelledby="${ladder.id}-heading"] ol.levels > li`)
        .evaluateAll((items) => items.map((item) => item.id));
      expect(ids).toEqual(ladder.levels.map((level) => level.id));
      for (const level of ladder.levels) {
        await expect(page.locator(`li[id="${level.id}"] h4`).textContent()).resolves.toContain(level.name);
      }
    }
    expect(pageErrors(page)).toEqual([]);
  });

  test('clicking a step shows its services beside the stairs', async () => {
    const { ladder, level, index } = chosenLevel();
    const page = await openPage(browser, '/portaat/');
    await (await stepLink(page, ladder, index)).click();
    await expectServicesShown(page, level);
  });

  test('the keyboard alone reaches a step and opens it', async () => {
    const { ladder, level, index } = chosenLevel();
    const page = await openPage(browser, '/portaat/');
    const target = await stepLink(page, ladder, index);
    let reached = false;
    for (let presses = 0; presses < 80 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await target.evaluate((element) => element === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expectServicesShown(page, level);
  });

  test('axe-core finds no WCAG 2.1 A/AA violations, with and without a chosen step', async () => {
    const page = await openPage(browser, '/portaat/');
    expect(await axeViolations(page)).toEqual([]);
    const chosen = await openPage(browser, `/portaat/#${chosenLevel().level.id}`);
    expect(await axeViolations(chosen)).toEqual([]);
  });

  test('fits a 360 px phone without sideways scrolling', async () => {
    const page = await openPage(browser, '/portaat/', { width: 360, height: 740 });
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('service pages', () => {
  test('a service on the stairs shows its step and links to it', async () => {
    const service = catalog.services.find((entry) => entry.staircaseLevels.length > 0);
    if (service === undefined) return; // nothing points at the stairs yet
    const page = await openPage(browser, `/palvelut/${service.id}/`);
    await expect(page.getByRole('heading', { level: 2, name: 'Paikka portailla' }).count()).resolves.toBe(1);
    for (const levelId of service.staircaseLevels) {
      await expect(page.locator(`a[href="/portaat/#${levelId}"]`).count()).resolves.toBe(1);
    }
    expect(await axeViolations(page)).toEqual([]);
  });
});
