/**
 * Ohjautuminen: results as you type, ?q= links, facets, the situation finder's explanations, the
 * referral summary, and axe. Expectations come from the built /data/catalog.json, so they hold
 * as the catalogue grows; a check the current content cannot exercise is skipped, not faked.
 */
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, openPage, pageErrors, siteJson, useBrowser } from './browser';

interface Scope {
  national: boolean;
  wellbeingAreas: string[];
  employmentAreas: string[];
  municipalities: string[];
}

interface CatalogJson {
  services: { id: string; name: string; targetGroups: string[]; regions: Scope; offerings: { regions: Scope }[] }[];
  criteria: { id: string; appliesTo: string[]; items: { text: string; situations: string[]; force: string; instead: string[] }[] }[];
  situations: { id: string; label: string }[];
  targetGroups: { id: string; name: string }[];
}

let browser: Browser;
let catalog: CatalogJson;
useBrowser((started) => {
  browser = started;
});
beforeAll(async () => {
  catalog = await siteJson<CatalogJson>('/data/catalog.json');
});

/** Opens the view and waits for the island to hydrate (Astro drops the ssr attribute then). */
async function openReferral(path: string): Promise<Page> {
  const page = await openPage(browser, path);
  // The island has hydrated and read the URL (its effect marks the root), so a choice made now sticks.
  await page.locator('[data-url-read]').waitFor({ state: 'attached' });
  return page;
}

const results = (page: Page) => page.getByRole('list', { name: 'Hakutulokset', exact: true });
const resultLinks = (page: Page) =>
  results(page)
    .getByRole('article')
    .getByRole('heading')
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));

/** A service to search for by name (the one with the longest name: the most distinctive). */
function probe() {
  return [...catalog.services].sort((a, b) => b.name.length - a.name.length)[0];
}

describe('referral search', () => {
  test('typing in the search box shows results as you type and puts the query in the URL', async (context) => {
    const service = probe();
    if (service === undefined) return context.skip();
    const page = await openReferral('/ohjautuminen/');
    const box = page.getByRole('searchbox', { name: 'Hae', exact: true });
    await box.click();
    await box.pressSequentially(service.name, { delay: 10 });
    const link = results(page).getByRole('link', { name: service.name, exact: true });
    await link.first().waitFor();
    expect(await link.first().getAttribute('href')).toBe(`/palvelut/${service.id}/`);
    // The matched passage is highlighted with <mark> elements.
    expect(await results(page).locator('mark').count()).toBeGreaterThan(0);
    await page.waitForFunction(() => new URLSearchParams(window.location.search).has('q'));
    expect(new URL(page.url()).searchParams.get('q')).toBe(service.name);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  test('a ?q= link loads the results at once', async (context) => {
    const service = probe();
    if (service === undefined) return context.skip();
    const page = await openReferral(`/ohjautuminen/?q=${encodeURIComponent(service.name.toLowerCase())}`);
    await results(page).getByRole('link', { name: service.name, exact: true }).first().waitFor();
    await expect(page.getByRole('searchbox', { name: 'Hae', exact: true }).inputValue()).resolves.toBe(service.name.toLowerCase());
    await page.context().close();
  });

  test('a target-group facet narrows the list to that group', async (context) => {
    const counts = catalog.targetGroups
      .map((group) => ({ group, ids: catalog.services.filter((s) => s.targetGroups.includes(group.id)).map((s) => s.id) }))
      .filter((entry) => entry.ids.length > 0 && entry.ids.length < catalog.services.length)
      .sort((a, b) => a.ids.length - b.ids.length);
    const chosen = counts[0];
    if (chosen === undefined) return context.skip();
    const page = await openReferral('/ohjautuminen/');
    await page.getByRole('combobox', { name: 'Kohderyhmä' }).selectOption(chosen.group.id);
    await results(page).first().waitFor();
    const hrefs = await resultLinks(page);
    expect(hrefs.length).toBe(Math.min(20, chosen.ids.length));
    for (const href of hrefs) expect(chosen.ids.map((id) => `/palvelut/${id}/`)).toContain(href);
    await page.waitForFunction(() => new URLSearchParams(window.location.search).has('ryhma'));
    await page.context().close();
  });

  test('a regional filter keeps a regional service in its own wellbeing area and drops it elsewhere', async (context) => {
    const areas = (await siteJson<{ wellbeingAreas: { id: string }[] }>('/data/regions.json')).wellbeingAreas;
    const regional = catalog.services.find((service) => {
      const scopes = [service.regions, ...service.offerings.map((o) => o.regions)];
      return (
        scopes.every((scope) => !scope.national && scope.employmentAreas.length === 0 && scope.municipalities.length === 0) &&
        scopes.some((scope) => scope.wellbeingAreas.length > 0) &&
        catalog.services.filter((other) => other.name === service.name).length === 1
      );
    });
    if (regional === undefined) return context.skip();
    const own = new Set([regional.regions, ...regional.offerings.map((o) => o.regions)].flatMap((scope) => scope.wellbeingAreas));
    const inside = [...own][0] ?? '';
    const outside = areas.find((area) => !own.has(area.id))?.id;
    if (outside === undefined) return context.skip();
    const q = encodeURIComponent(regional.name);
    const here = await openReferral(`/ohjautuminen/?q=${q}&alue=${inside}`);
    await results(here).getByRole('link', { name: regional.name, exact: true }).first().waitFor();
    await here.context().close();
    const elsewhere = await openReferral(`/ohjautuminen/?q=${q}&alue=${outside}`);
    await elsewhere.getByRole('status').filter({ hasText: /palvelua|Ei osumia/ }).first().waitFor();
    expect(await resultLinks(elsewhere)).not.toContain(`/palvelut/${regional.id}/`);
    await expect(elsewhere.getByRole('combobox', { name: 'Alue (hyvinvointialue tai kunta)' }).inputValue()).resolves.toBe(outside);
    await elsewhere.context().close();
  });

  test('an unknown value in the URL is ignored with a visible note', async () => {
    const page = await openReferral('/ohjautuminen/?ryhma=ei-ole-tallaista&q=');
    await page.getByRole('note').filter({ hasText: 'ryhma=ei-ole-tallaista' }).waitFor();
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  test('a chosen service the index does not list is dropped with a visible note once the index has loaded', async () => {
    const page = await openReferral('/ohjautuminen/?valitut=ei-ole-tallaista');
    await page.getByRole('note').filter({ hasText: 'valitut=ei-ole-tallaista' }).waitFor();
    await page.waitForFunction(() => !new URLSearchParams(window.location.search).has('valitut'));
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe('client-situation finder', () => {
  /** A criteria item that names a situation of the checklist and a service that exists. */
  function fittingItem() {
    const services = new Map(catalog.services.map((s) => [s.id, s]));
    const situations = new Map(catalog.situations.map((s) => [s.id, s]));
    for (const list of catalog.criteria) {
      const service = list.appliesTo.map((id) => services.get(id)).find((s) => s !== undefined);
      if (service === undefined) continue;
      for (const item of list.items) {
        const situation = item.situations.map((id) => situations.get(id)).find((s) => s !== undefined);
        if (situation !== undefined && item.force !== 'excludes') return { service, situation, item };
      }
    }
    return undefined;
  }

  test('ticking a situation ranks services and says which criteria matched', async (context) => {
    const probeItem = fittingItem();
    if (probeItem === undefined) return context.skip();
    const page = await openReferral('/ohjautuminen/');
    await page.getByRole('checkbox', { name: probeItem.situation.label, exact: true }).check();
    const list = page.getByRole('list', { name: 'Tilanteeseen sopivat palvelut' });
    const article = list.getByRole('article', { name: probeItem.service.name, exact: true });
    await article.waitFor();
    await expect(article.textContent()).resolves.toContain(probeItem.item.text);
    await expect(article.textContent()).resolves.toContain('Miksi sopii');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).has('tilanne'));
    await page.context().close();
  });

  test('an "excludes" item that matches says why the service does not fit and what to consider instead', async (context) => {
    const services = new Map(catalog.services.map((s) => [s.id, s]));
    const situations = new Map(catalog.situations.map((s) => [s.id, s]));
    const found = catalog.criteria.flatMap((list) =>
      list.items
        .filter((item) => item.force === 'excludes')
        .flatMap((item) => {
          const service = list.appliesTo.map((id) => services.get(id)).find((s) => s !== undefined);
          const situation = item.situations.map((id) => situations.get(id)).find((s) => s !== undefined);
          return service === undefined || situation === undefined ? [] : [{ service, situation, item }];
        }),
    )[0];
    if (found === undefined) return context.skip();
    const page = await openReferral(`/ohjautuminen/?tilanne=${found.situation.id}`);
    const article = page.getByRole('list', { name: 'Tilanteeseen sopivat palvelut' }).getByRole('article', { name: found.service.name, exact: true });
    await article.waitFor();
    const text = await article.textContent();
    expect(text).toContain('Miksi ei sovi');
    expect(text).toContain(found.item.text);
    const instead = found.item.instead.map((id) => services.get(id)).find((s) => s !== undefined && s.id !== found.service.id);
    if (instead !== undefined) expect(await article.getByRole('link', { name: instead.name, exact: true }).getAttribute('href')).toBe(`/palvelut/${instead.id}/`);
    await page.context().close();
  });

  test('a chosen service appears in the printable referral summary, and the page has no axe violations', async (context) => {
    const probeItem = fittingItem();
    const service = probeItem?.service ?? probe();
    if (service === undefined) return context.skip();
    const query = probeItem === undefined ? `?q=${encodeURIComponent(service.name)}` : `?q=${encodeURIComponent(service.name)}&tilanne=${probeItem.situation.id}`;
    const page = await openReferral(`/ohjautuminen/${query}`);
    await results(page).getByRole('link', { name: service.name, exact: true }).first().waitFor();
    await results(page).getByRole('checkbox', { name: `Valitse lähetteen yhteenvetoon: ${service.name}` }).check();
    const summary = page.getByRole('region', { name: 'Lähetteen yhteenveto' });
    await summary.getByRole('heading', { name: service.name, exact: true }).waitFor();
    await expect(summary.textContent()).resolves.toContain('Suostumus');
    expect(new URL(page.url()).searchParams.get('valitut')).toBe(service.id);
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  test('the empty page has no axe violations', async () => {
    const page = await openReferral('/ohjautuminen/');
    await page.getByRole('searchbox', { name: 'Hae', exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
