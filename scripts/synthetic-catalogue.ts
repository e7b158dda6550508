/**
 * The synthetic national catalogue of the benchmarks: N extra services (deterministic, valid
 * against the content gate) added to a copy of content/. Used by bench-build.ts and bench-village.ts.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { checkContent } from '../src/content-check/index.ts';

const base = checkContent(resolve('content'));
if (base.problems.length > 0) throw new Error('content/ does not pass the content gate; fix it first (npm run check:content)');
const actors = [...base.entries.actors.keys()];
const groups = [...base.entries.targetGroups.keys()];
const areas = [...base.entries.wellbeingAreas.keys()];
const levels = [...base.entries.staircases.values()].flatMap((ladder) => ladder.data.levels.map((level) => level.id));
const words = 'tuki työ kuntoutus valmennus ohjaus arvio tiimi koordinaatio nuoret osallisuus terveys polku verkosto kokeilu'.split(' ');

/** A small deterministic generator, so every run builds the same catalogue. */
export function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

export function syntheticService(index: number, next: () => number) {
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


/** Copies content/ to `contentDir` and adds `extra` synthetic services. */
export function writeSyntheticCatalogue(contentDir: string, extra: number): void {
  cpSync(resolve('content'), contentDir, { recursive: true });
  const next = random(42);
  for (let i = 0; i < extra; i += 1) {
    writeFileSync(join(contentDir, 'services', `synteettinen-${i}.yaml`), stringify(syntheticService(i, next)));
  }
}
