/**
 * Build time against catalogue size: copies content/ to a temporary folder, adds N synthetic
 * services (deterministic, valid against the content gate), builds the site and prints the time
 * per size and per service page. A benchmark: it prints figures and asserts nothing.
 *   npm run bench:build                 (sizes 0, 500, 1000, 2000 extra services)
 *   npm run bench:build -- 0 5000       (sizes of your choice)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { checkContent } from '../src/content-check/index.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n >= 0);
const plan = sizes.length > 0 ? sizes : [0, 500, 1000, 2000];

const base = checkContent(resolve('content'));
if (base.problems.length > 0) throw new Error('content/ does not pass the content gate; fix it first (npm run check:content)');
const actors = [...base.entries.actors.keys()];
const groups = [...base.entries.targetGroups.keys()];
const areas = [...base.entries.wellbeingAreas.keys()];
const levels = [...base.entries.staircases.values()].flatMap((ladder) => ladder.data.levels.map((level) => level.id));
const words = 'tuki työ kuntoutus valmennus ohjaus arvio tiimi koordinaatio nuoret osallisuus terveys polku verkosto kokeilu'.split(' ');

/** A small deterministic generator, so every run builds the same catalogue. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

function syntheticService(index: number, next: () => number) {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const text = (length: number) => Array.from({ length }, () => pick(words)).join(' ');
  return {
    name: `Synteettinen palvelu ${index}`,
    kind: 'service',
    status: 'established',
    summary: `Testipalvelu ${index}: ${text(12)}.`,
    description: [`${text(30)}.`, `${text(30)}.`],
    targetGroups: [pick(groups)],
    actors: [{ actor: pick(actors), role: 'producer' }],
    staircaseLevels: [pick(levels)],
    regions: { wellbeingAreas: [pick(areas)] },
    offerings: [{ id: 'a', provider: pick(actors), regions: { wellbeingAreas: [pick(areas)] }, status: 'pilot', sources: [{ source: 'yhdyspintaverkosto-2024', lines: '1-10' }] }],
    sources: [{ source: 'yhdyspintaverkosto-2024', lines: '1-10' }],
    verified: '2026-11-22',
  };
}

const realServices = readdirSync(resolve('content/services')).length;
console.log(`catalogue: ${realServices} real services; adding ${plan.join(', ')} synthetic ones\n`);
const rows: string[] = [];
let first: { services: number; seconds: number } | undefined;
for (const extra of plan) {
  const work = mkdtempSync(join(tmpdir(), 'palvelukyla-bench-'));
  const content = join(work, 'content');
  cpSync(resolve('content'), content, { recursive: true });
  const next = random(42);
  for (let i = 0; i < extra; i += 1) {
    writeFileSync(join(content, 'services', `synteettinen-${i}.yaml`), stringify(syntheticService(i, next)));
  }
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
