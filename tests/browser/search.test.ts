/**
 * Ohjautuminen: results as you type, ?q= links, facets, what the search understood (chips that
 * drop a reading, a place read from the text), the first screen on a phone, the error boundary,
 * the situation finder's explanations and its best three, the referral summary, and axe. Expectations come from the built /data/catalog.json, so they hold
 * as the catalogue grows; a check the current content cannot exercise is skipped, not faked.
 */
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, baseUrl, openPage, pageErrors, siteJson, useBrowser } from './browser';

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
async function openReferral(path: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await openPage(browser, path, viewport);
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

/** Types into the search box as a person does, key by key. */
async function typeQuery(page: Page, text: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Hae', exact: true });
  await box.click();
  await box.pressSequentially(text, { delay: 10 });
}

/** The understood readings: the chips' list ("Tunnistettu:"). */
const readings = (page: Page) => page.getByRole('list', { name: 'Tunnistettu:' });

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
    // The matched passage is highlighted with <mark> elements (it comes with the service's fragment of the index).
    await results(page).locator('mark').first().waitFor();
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

describe('what the search understood', () => {
  /** A description whose words the content's cues recognise as a situation ("masentunut" → mental health). */
  const DESCRIPTION = 'masentunut nuori, ammattikoulu jäi kesken';

  test('a recognised situation appears as a chip, and dropping it is kept in the URL and can be undone', async (context) => {
    const page = await openReferral('/ohjautuminen/');
    await typeQuery(page, DESCRIPTION);
    await readings(page).getByRole('button').first().waitFor();
    const names = await readings(page).getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-reading') ?? ''));
    const situation = catalog.situations.find((s) => names.includes(`situation:${s.id}`));
    if (situation === undefined) return context.skip();
    const chip = readings(page).getByRole('button', { name: `Poista tulkinta: ${situation.label}`, exact: true });
    await chip.click();
    await page.waitForFunction((key) => (new URLSearchParams(window.location.search).get('pois') ?? '').split(',').includes(key), `situation:${situation.id}`);
    await expect(chip.count()).resolves.toBe(0);
    // The dropped reading stays listed, with a control that restores it (and has the focus now).
    const restore = readings(page).getByRole('button', { name: `palauta tulkinta: ${situation.label}`, exact: true });
    await restore.waitFor();
    await expect(restore.evaluate((button) => button === document.activeElement)).resolves.toBe(true);
    expect(await resultLinks(page)).not.toEqual([]);
    // A link with the dropped reading opens with it dropped.
    const shared = await openReferral(new URL(page.url()).pathname + new URL(page.url()).search);
    await readings(shared).getByRole('button', { name: `palauta tulkinta: ${situation.label}`, exact: true }).waitFor();
    await shared.context().close();
    await restore.click();
    await chip.waitFor();
    await page.waitForFunction(() => !new URLSearchParams(window.location.search).has('pois'));
    expect(await resultLinks(page)).not.toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  test('a municipality adjective ("vaasalainen") narrows to that region as a chip, not as the alue parameter', async (context) => {
    const regions = await siteJson<{ municipalities: { code: string; name: string }[] }>('/data/regions.json');
    const vaasa = regions.municipalities.find((m) => m.name === 'Vaasa');
    if (vaasa === undefined) return context.skip();
    const page = await openReferral('/ohjautuminen/');
    await typeQuery(page, 'vaasalainen pitkäaikaistyötön');
    const chip = readings(page).getByRole('button', { name: 'Poista tulkinta: Alue: Vaasa', exact: true });
    await chip.waitFor();
    await results(page).first().waitFor();
    expect(new URL(page.url()).searchParams.has('alue')).toBe(false);
    await expect(page.getByRole('combobox', { name: 'Alue (hyvinvointialue tai kunta)' }).inputValue()).resolves.toBe('');
    await chip.click();
    await page.waitForFunction((key) => new URLSearchParams(window.location.search).get('pois') === key, `place:${vaasa.code}`);
    await readings(page).getByRole('button', { name: 'palauta tulkinta: Alue: Vaasa', exact: true }).waitFor();
    await page.context().close();
  });

  test('an age is one reading: one chip for the several age situations it signals, dropped and restored together', async () => {
    const page = await openReferral('/ohjautuminen/');
    await typeQuery(page, '24v, masentunut');
    const chip = readings(page).getByRole('button', { name: 'Poista tulkinta: Ikä: 24v', exact: true });
    await chip.waitFor();
    // The whole description read (typing is incremental): its last word's reading is there too.
    await readings(page).locator('[data-reading="situation:mielenterveyden-haasteet"]').waitFor();
    const keys = ((await chip.getAttribute('data-reading')) ?? '').split(',');
    expect(keys.length).toBeGreaterThan(1);
    expect(keys.every((key) => key.startsWith('situation:'))).toBe(true);
    // No chip of its own for any of them.
    const others = await readings(page).getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-reading') ?? ''));
    expect(others.filter((id) => keys.includes(id))).toEqual([]);
    await chip.click();
    await page.waitForFunction((expected) => {
      const dropped = (new URLSearchParams(window.location.search).get('pois') ?? '').split(',');
      return expected.every((key) => dropped.includes(key));
    }, keys);
    const restore = readings(page).getByRole('button', { name: 'palauta tulkinta: Ikä: 24v', exact: true });
    await restore.click();
    await chip.waitFor();
    await page.waitForFunction(() => !new URLSearchParams(window.location.search).has('pois'));
    await page.context().close();
  });

  test('on a phone, the first result is on the first screen after typing', async () => {
    const page = await openReferral('/ohjautuminen/', { width: 390, height: 844 });
    await typeQuery(page, DESCRIPTION);
    const heading = results(page).getByRole('article').first().getByRole('heading');
    // Measure the results of the whole description: the reading its last words give ("jäi kesken")
    // comes with them. Earlier prefixes rank other services first, and a card of theirs moves down
    // the list when the last results arrive.
    await readings(page).locator('[data-reading="situation:poikkeava-koulutushistoria"]').waitFor();
    await heading.waitFor();
    const box = await heading.boundingBox();
    expect(box).not.toBeNull();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    // The facets are folded away behind "Rajaa hakua".
    await expect(page.getByRole('combobox', { name: 'Kohderyhmä' }).count()).resolves.toBe(0);
    await page.getByText('Rajaa hakua').click();
    await page.getByRole('combobox', { name: 'Kohderyhmä' }).waitFor();
    await page.context().close();
  });

  test('words that match no service offer the closest client situations, and picking one ticks it', async (context) => {
    // A word no service text has, though situations' cue words share its beginning ("koulu…").
    const page = await openReferral(`/ohjautuminen/?q=${encodeURIComponent('koulukiusaaminen')}`);
    await page.getByRole('status').filter({ hasText: /palvelua|Ei osumia/ }).first().waitFor();
    const closest = page.getByRole('region', { name: 'Lähimmät asiakastilanteet' });
    if ((await closest.getByRole('button').count()) === 0) return context.skip();
    const pick = closest.getByRole('button').first();
    const name = (await pick.textContent()) ?? '';
    const picked = catalog.situations.find((s) => name.endsWith(s.label));
    if (picked === undefined) return context.skip();
    await pick.click();
    const box = page.getByRole('checkbox', { name: picked.label, exact: true });
    await page.waitForFunction((id) => document.activeElement?.id === `tilanne-${id}`, picked.id);
    await expect(box.isChecked()).resolves.toBe(true);
    await page.context().close();
  });
});

describe('error boundary', () => {
  test('an island that fails says so in Finnish, keeps the typed query, and the rest of the page works', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fi-FI' });
    const page = await context.newPage();
    // A corrupted index entry: the island throws while decoding it.
    await page.route('**/data/haku/perus.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"services": 5}' }));
    await page.goto(`${baseUrl()}/ohjautuminen/?q=${encodeURIComponent('nuori työtön')}`);
    const alert = page.getByRole('alert').filter({ hasText: 'Tämä osa sivusta ei toiminut.' });
    await alert.waitFor();
    await expect(alert.getByRole('searchbox', { name: 'Kirjoittamasi haku' }).inputValue()).resolves.toBe('nuori työtön');
    await alert.getByRole('button', { name: 'Lataa sivu uudelleen' }).waitFor();
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Palvelut', exact: true }).click();
    await page.waitForURL('**/palvelut/');
    await context.close();
  });
});

describe('the index in parts', () => {
  test('a query fetches the entry, its postings shards and the list of a place it names, never the whole index; a shard that fails to load is said in Finnish', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fi-FI' });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl()}/ohjautuminen/?q=${encodeURIComponent('nuori työtön')}`);
    await results(page).getByRole('article').first().waitFor();
    expect(requested).toContain('/data/haku/perus.json');
    expect(requested.some((path) => path.startsWith('/data/haku/sanat/'))).toBe(true);
    expect(requested).not.toContain('/data/search-index.json');
    // A result's details come from its fragment.
    await results(page).getByRole('article').first().getByText('Tuottaja').waitFor();
    await context.close();

    // A place in the description filters by its list (a few hundred bytes), not by every service's facets.
    const placed = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fi-FI' });
    const placedPage = await placed.newPage();
    const placedRequests: string[] = [];
    placedPage.on('request', (request) => placedRequests.push(new URL(request.url()).pathname));
    await placedPage.goto(`${baseUrl()}/ohjautuminen/?q=${encodeURIComponent('kajaanilainen nuori työtön')}`);
    await results(placedPage).getByRole('article').first().waitFor();
    expect(placedRequests).toContain('/data/haku/rajaus/alue/205.json');
    expect(placedRequests).not.toContain('/data/haku/rajaukset.json');
    await placed.close();

    const failing = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fi-FI' });
    const broken = await failing.newPage();
    await broken.route('**/data/haku/sanat/**', (route) => route.fulfill({ status: 500, body: '' }));
    await broken.goto(`${baseUrl()}/ohjautuminen/?q=${encodeURIComponent('nuori työtön')}`);
    await broken.getByRole('alert').filter({ hasText: 'Osa hakemistosta jäi lataamatta' }).waitFor();
    await failing.close();
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

  test('ticking a box fills the best-three panel with plain reasons, and no points are shown', async (context) => {
    const probeItem = fittingItem();
    if (probeItem === undefined) return context.skip();
    const page = await openReferral('/ohjautuminen/');
    const panel = page.getByRole('region', { name: 'Parhaiten sopivat' });
    await expect(panel.getByRole('listitem').count()).resolves.toBe(0);
    await page.getByRole('checkbox', { name: probeItem.situation.label, exact: true }).check();
    await panel.getByRole('listitem').first().waitFor();
    const items = await panel.getByRole('listitem').allTextContents();
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(3);
    // Each names the ticked situation as what its criteria require or prefer.
    for (const item of items) expect(item).toMatch(/(Edellyttää|Eduksi): /);
    for (const item of items) expect(item).toContain(probeItem.situation.label.slice(0, 20));
    // The panel's first is the full list's first.
    const first = await panel.getByRole('link').first().textContent();
    const list = page.getByRole('list', { name: 'Tilanteeseen sopivat palvelut' });
    await expect(list.getByRole('article').first().getByRole('heading').textContent()).resolves.toBe(first);
    expect(await page.locator('body').innerText()).not.toMatch(/pistettä/);
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
    // The service's details come with its fragment of the index, a moment after its name.
    await summary.getByText('Suostumus').first().waitFor();
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
