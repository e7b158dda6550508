/**
 * Writes a complete content folder: today's content/ plus the synthetic national catalogue
 * (scripts/national/catalogue.ts), checked by the content gate. Build it with
 *   PALVELUKYLA_CONTENT_DIR=<dir> npm run build
 *
 *   npm run gen:national -- <dir>                 full national size (5,000 services, 1,000 actors)
 *   npm run gen:national -- <dir> --scale 0.5     half size
 */
import { resolve } from 'node:path';
import { nationalAtScale, writeNationalContent } from './national/catalogue.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--scale');
const scale = at >= 0 ? Number(args[at + 1]) : 1;
const target = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--scale');
if (target === undefined || !(scale > 0)) {
  console.error('usage: npm run gen:national -- <dir> [--scale 0.5]');
  process.exit(2);
}
const started = performance.now();
const written = writeNationalContent(resolve('content'), resolve(target), nationalAtScale(scale));
console.log(
  `${resolve(target)}: today's content + ${written.services} synthetic services, ${written.actors} actors, ${written.criteria} criteria lists ` +
    `(content gate passed, ${((performance.now() - started) / 1000).toFixed(1)} s)\n` +
    `build it: PALVELUKYLA_CONTENT_DIR=${resolve(target)} npm run build`,
);
