/**
 * The mökkikylä at national scale: the biggest wellbeing areas' villages (about a hundred cottages
 * each, from the synthetic catalogue) are still readable in their first view on a laptop and a
 * phone: every cottage name at least 11 CSS px (font size × zoom) and inside the frame. Readability
 * only; the time to it is printed by `npm run bench:village`.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/national/timings';

const VIEWPORTS = [
  ['laptop', { width: 1366, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const;
/** The areas with the most cottages in the synthetic catalogue, and one of the smallest. */
const AREAS = ['lansi-uusimaa', 'lappi', 'pohjois-savo', 'kainuu'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the mökkikylä at national scale', () => {
  test.each(AREAS.flatMap((area) => VIEWPORTS.map(([name, viewport]) => [area, name, viewport] as const)))(
    '%s on a %s: every cottage name ≥ 11 px and inside the frame',
    async (area, _name, viewport) => {
      const context = await browser.newContext({ viewport, locale: 'fi-FI' });
      try {
        const page = await context.newPage();
        await page.goto(`${inject('baseUrl')}/mokkikyla/?alue=${area}`);
        await page.waitForSelector(`.village[data-village="${area}"][data-mode="detail"] .react-flow__node-cottage`);
        await page.waitForTimeout(500);
        const measured = await page.evaluate(() => {
          const viewportElement = document.querySelector<HTMLElement>('.village .react-flow__viewport')!;
          const frame = document.querySelector('.village .react-flow')!.getBoundingClientRect();
          const zoom = new DOMMatrixReadOnly(getComputedStyle(viewportElement).transform).a;
          return [...document.querySelectorAll<HTMLElement>('.react-flow__node-cottage')].map((node) => {
            const box = node.getBoundingClientRect();
            const inside = box.left >= frame.left - 1 && box.right <= frame.right + 1 && box.top >= frame.top - 1 && box.bottom <= frame.bottom + 1;
            return { px: parseFloat(getComputedStyle(node.querySelector('.cottage__name')!).fontSize) * zoom, inside };
          });
        });
        expect(measured.length).toBeGreaterThan(30);
        const smallest = Math.min(...measured.map((cottage) => cottage.px));
        console.log(`[village, national] ${area} at ${viewport.width}×${viewport.height}: ${measured.length} cottages, names ${smallest.toFixed(1)} px`);
        expect(smallest).toBeGreaterThanOrEqual(11);
        expect(measured.filter((cottage) => !cottage.inside)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
