/**
 * Builds the site once from today's content plus the synthetic national catalogue
 * (scripts/national/catalogue.ts) and serves it on a loopback port for tests/national/.
 * Full national size by default (5,000 synthetic services, 1,000 actors): generating and building
 * it takes about a minute on a 2-core machine, well inside CI's time, so no half-scale stand-in is
 * needed; PALVELUKYLA_NATIONAL_SCALE=0.5 builds half of it (quicker while writing tests).
 * PALVELUKYLA_NATIONAL_DIR chooses the working folder (content, build, cache; default: in the
 * system's temp folder); PALVELUKYLA_SKIP_BUILD=1 reuses a build already there.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { nationalAtScale, writeNationalContent } from '../../scripts/national/catalogue';
import { serveStatic } from '../browser/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    nationalOutDir: string;
    nationalScale: number;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const scale = Number(process.env['PALVELUKYLA_NATIONAL_SCALE'] ?? 1);
  if (!(scale > 0)) throw new Error('PALVELUKYLA_NATIONAL_SCALE must be a positive number (1 = full national size)');
  const work = resolve(process.env['PALVELUKYLA_NATIONAL_DIR'] ?? join(tmpdir(), `palvelukyla-national-${scale}`));
  const outDir = join(work, 'dist');
  const reuse = process.env['PALVELUKYLA_SKIP_BUILD'] === '1' && existsSync(join(outDir, 'index.html'));
  if (!reuse) {
    rmSync(work, { recursive: true, force: true });
    const started = Date.now();
    const content = join(work, 'content');
    const written = writeNationalContent(resolve('content'), content, nationalAtScale(scale));
    console.log(`[national tests] ${written.services} synthetic services and ${written.actors} actors written; building into ${outDir} …`);
    execFileSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, PALVELUKYLA_CONTENT_DIR: content, PALVELUKYLA_OUT_DIR: outDir, PALVELUKYLA_CACHE_DIR: join(work, 'cache') },
    });
    console.log(`[national tests] generated and built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const server = await serveStatic(outDir);
  project.provide('baseUrl', server.url);
  project.provide('nationalOutDir', outDir);
  project.provide('nationalScale', scale);
  return server.close;
}
