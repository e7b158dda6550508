/**
 * Build time against catalogue size: copies content/ to a temporary folder, adds N synthetic
 * services and N/5 actors (scripts/national/catalogue.ts: deterministic, valid against the content
 * gate), builds the site and prints the time per size and per service page. A benchmark: it prints figures and asserts nothing.
 *   npm run bench:build                 (sizes 0, 500, 1000, 2000 extra services)
 *   npm run bench:build -- 0 5000       (sizes of your choice)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeNationalContent } from './national/catalogue.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n >= 0);
const plan = sizes.length > 0 ? sizes : [0, 500, 1000, 2000];

const realServices = readdirSync(resolve('content/services')).length;
console.log(`catalogue: ${realServices} real services; adding ${plan.join(', ')} synthetic ones\n`);
const rows: string[] = [];
let first: { services: number; seconds: number } | undefined;
for (const extra of plan) {
  const work = mkdtempSync(join(tmpdir(), 'palvelukyla-bench-'));
  const content = join(work, 'content');
  // The national generator (scripts/national/catalogue.ts), one synthetic actor per five services.
  writeNationalContent(resolve('content'), content, { services: extra, actors: Math.round(extra / 5) });
  const started = performance.now();
  execFileSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PALVELUKYLA_CONTENT_DIR: content, PALVELUKYLA_OUT_DIR: join(work, 'dist'), PALVELUKYLA_CACHE_DIR: join(work, 'cache') },
  });
  const seconds = (performance.now() - started) / 1000;
  const services = realServices + extra;
  first ??= { services, seconds };
  // The marginal cost per added service against the smallest build: flat when growth is linear.
  const marginal = services > first.services ? `${(((seconds - first.seconds) * 1000) / (services - first.services)).toFixed(1).padStart(6)} ms per added service` : '';
  rows.push(`${String(services).padStart(6)} services   build ${seconds.toFixed(1).padStart(6)} s   ${marginal}`);
  console.log(rows.at(-1));
  rmSync(work, { recursive: true, force: true });
}
console.log('\nLinear growth shows as a steady "ms per added service" across sizes.');
