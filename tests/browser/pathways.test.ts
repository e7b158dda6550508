/**
 * /polut/: every pathway is listed, a pathway page draws all its steps in the content's order with
 * the ordered list beneath, branches are visible with their labels, and the pages pass axe.
 * Expectations come from the built /data/catalog.json, never from hard-coded content.
 */
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, openPage, pageErrors, siteJson, useBrowser } from './browser';

interface Step {
  id: string;
  title: string;
  next?: { to: string; label?: string }[];
}
interface Pathway {
  id: string;
  title: string;
  steps: Step[];
  reconstructed?: string;
  sources: unknown[];
}
interface CatalogJson {
  pathways: Pathway[];
}

let browser: Browser;
let catalog: CatalogJson;
useBrowser((started) => {
  browser = started;
});
beforeAll(async () => {
  catalog = await siteJson<CatalogJson>('/data/catalog.json');
});

const branching = () => catalog.pathways.find((pathway) => pathway.steps.some((step) => (step.next?.length ?? 0) > 1));

describe('/polut/', () => {
  test('lists every pathway with a link to its page, and passes axe', async () => {
    const page = await openPage(browser, '/polut/');
    for (const pathway of catalog.pathways) {
      await expect(page.getByRole('link', { name: pathway.title, exact: true }).getAttribute('href')).resolves.toBe(`/polut/${pathway.id}/`);
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('a pathway page', () => {
  test('draws every step in order, and lists them in the same order', async (context) => {
    const pathway = catalog.pathways[0];
    if (pathway === undefined) return context.skip();
    const page = await openPage(browser, `/polut/${pathway.id}/`);
    const figure = page.getByRole('group', { name: `${pathway.title} kaaviona` });
    const drawn = await figure.locator('a[data-step]').evaluateAll((links) => links.map((link) => link.getAttribute('data-step')));
    expect(drawn).toEqual(pathway.steps.map((step) => step.id));
    const listed = await page.locator('ol.pathway-steps > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-step')));
    expect(listed).toEqual(pathway.steps.map((step) => step.id));
    // Every box is a keyboard stop that leads to the step in the list.
    const first = pathway.steps[0]!;
    await figure.getByRole('link', { name: `Vaihe 1: ${first.title}` }).click();
    await expect(page.evaluate(() => location.hash)).resolves.toBe(`#askel-${first.id}`);
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  test('a branch shows both arrows and the condition labels, in the figure and in the list', async (context) => {
    const pathway = branching();
    if (pathway === undefined) return context.skip();
    const step = pathway.steps.find((candidate) => (candidate.next?.length ?? 0) > 1)!;
    const page = await openPage(browser, `/polut/${pathway.id}/`);
    const figure = page.locator('svg.pathway-diagram');
    for (const link of step.next!) {
      await expect(figure.locator(`path[data-from="${step.id}"][data-to="${link.to}"]`).count()).resolves.toBe(1);
      if (link.label !== undefined) {
        const label = figure.locator(`g.pathway-diagram__label[data-from="${step.id}"][data-to="${link.to}"]`);
        await expect(label.isVisible()).resolves.toBe(true);
        // Long labels are wrapped into lines (and at most shortened with an ellipsis), never dropped.
        const squeeze = (text: string) => text.replace(/\s+/g, '').replace(/…$/, '');
        const shown = squeeze((await label.textContent()) ?? '');
        expect(shown.length).toBeGreaterThan(0);
        expect(squeeze(link.label).startsWith(shown)).toBe(true);
        const item = page.locator(`li[data-step="${step.id}"] li[data-to="${link.to}"]`);
        await expect(item.textContent()).resolves.toContain(link.label);
      }
    }
    // Two targets of one step sit side by side: different lanes.
    const xs = await Promise.all(step.next!.map((link) => figure.locator(`a[data-step="${link.to}"] rect`).getAttribute('x')));
    expect(new Set(xs).size).toBe(xs.length);
  });

  test('a reconstructed pathway says so, and every pathway page shows its sources', async (context) => {
    const pathway = catalog.pathways.find((candidate) => candidate.reconstructed !== undefined);
    if (pathway === undefined) return context.skip();
    const page = await openPage(browser, `/polut/${pathway.id}/`);
    const note = page.getByRole('complementary', { name: 'Kaavio on rekonstruoitu' });
    await expect(note.textContent()).resolves.toContain(pathway.reconstructed!.slice(0, 40));
    await expect(page.getByRole('heading', { name: 'Lähteet' }).count()).resolves.toBe(1);
  });

  test('fits a 360 px phone: the page does not scroll sideways, the figure scrolls in its own box', async (context) => {
    const pathway = branching() ?? catalog.pathways[0];
    if (pathway === undefined) return context.skip();
    const page = await openPage(browser, `/polut/${pathway.id}/`, { width: 360, height: 740 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
