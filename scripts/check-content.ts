/**
 * Runs the content gate alone, in a second, without building the site:
 *   npm run check:content            (checks content/)
 *   npm run check:content -- DIR     (checks another folder, e.g. a fixture)
 */
import { resolve } from 'node:path';
import { checkContent, describeProblems } from '../src/lib/content-check/index.ts';

const dir = resolve(process.argv[2] ?? 'content');
const { problems, entries } = checkContent(dir);
if (problems.length > 0) {
  console.error(describeProblems(problems));
  process.exit(1);
}
const counts = Object.entries(entries).map(([name, map]) => `${name} ${map.size}`).join(', ');
console.log(`content check passed (${dir}): ${counts}`);
