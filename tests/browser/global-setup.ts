/**
 * Builds the site once for all browser test files and serves it on a loopback port.
 * PALVELUKYLA_SKIP_BUILD=1 reuses an existing build (quicker while writing tests);
 * PALVELUKYLA_OUT_DIR builds elsewhere than dist/ (several people testing in one tree).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = resolve(process.env['PALVELUKYLA_OUT_DIR'] ?? 'dist');
  const reuse = process.env['PALVELUKYLA_SKIP_BUILD'] === '1' && existsSync(resolve(outDir, 'index.html'));
  if (!reuse) {
    console.log(`[browser tests] building the site into ${outDir} …`);
    const started = Date.now();
    execFileSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, PALVELUKYLA_OUT_DIR: outDir },
    });
    console.log(`[browser tests] built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const server = await serveStatic(outDir);
  project.provide('baseUrl', server.url);
  return server.close;
}
