/**
 * The Content-Security-Policy (astro.config.ts `security.csp`): every page type carries it, it
 * never allows inline scripts wholesale, and loading each page with every island hydrated breaks
 * none of its rules (no `securitypolicyviolation` event, no console error).
 */
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { consoleErrors, cspViolations, hydrateAll, openPage, pageErrors, useBrowser } from './browser';
import { pageTypes, type PageType } from './page-types';

let browser: Browser;
let pages: PageType[];
useBrowser((started) => {
  browser = started;
});
beforeAll(async () => {
  pages = await pageTypes();
});

/** The policy's directives by name, from the page's <meta http-equiv="content-security-policy">. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== undefined && words[0] !== '')
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe('Content-Security-Policy', () => {
  test('every page type has a strict policy and loads without breaking it', async () => {
    const problems: string[] = [];
    for (const { path, status } of pages) {
      const page = await openPage(browser, path, undefined, status);
      const metas = await page.locator('meta[http-equiv="content-security-policy"]').evaluateAll((elements) => elements.map((element) => element.getAttribute('content') ?? ''));
      if (metas.length !== 1) problems.push(`${path}: ${metas.length} policies`);
      const policy = directives(metas[0] ?? '');
      const scripts = [...(policy.get('script-src') ?? []), ...(policy.get('script-src-elem') ?? [])];
      if (scripts.length === 0 || scripts.some((value) => value === "'unsafe-inline'" || value === "'unsafe-eval'" || value === '*'))
        problems.push(`${path}: script-src ${scripts.join(' ')}`);
      if ((policy.get('style-src-elem') ?? policy.get('style-src') ?? []).includes("'unsafe-inline'")) problems.push(`${path}: inline <style> allowed`);
      if (policy.get('object-src')?.join(' ') !== "'none'") problems.push(`${path}: object-src is not 'none'`);
      await hydrateAll(page);
      problems.push(...(await cspViolations(page)).map((line) => `${path}: ${line}`));
      problems.push(...consoleErrors(page).map((line) => `${path}: console: ${line}`));
      problems.push(...pageErrors(page).map((line) => `${path}: error: ${line}`));
      await page.context().close();
    }
    expect(problems).toEqual([]);
  }, 300_000);

  test('the policy refuses an injected inline script, and the test sees the violation', async () => {
    const page = await openPage(browser, '/');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      return (window as Window & { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => cspViolations(page)).toEqual([expect.stringMatching(/^script-src(-elem)? blocked inline/)]);
    await page.context().close();
  });

  test('the search still answers with the policy on (results, highlighted words)', async () => {
    const page = await openPage(browser, '/ohjautuminen/');
    await hydrateAll(page);
    const box = page.getByRole('searchbox', { name: 'Hae', exact: true });
    await box.fill('työkyky');
    await page.getByRole('list', { name: 'Hakutulokset', exact: true }).locator('mark').first().waitFor();
    expect(await cspViolations(page)).toEqual([]);
    expect(consoleErrors(page)).toEqual([]);
    await page.context().close();
  });
});
