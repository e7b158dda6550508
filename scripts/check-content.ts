/**
 * Runs the content gate alone, in a second, without building the site:
 *   npm run check:content            (checks content/)
 *   npm run check:content -- DIR     (checks another folder, e.g. a fixture)
 *   npm run check:content -- --only content/services/   (reports only problems in files under a prefix)
 */
import { resolve } from 'node:path';
import { checkContent, describeProblems } from '../src/content-check/index.ts';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : undefined;
const dir = resolve(args[0] ?? 'content');
const { problems: all, entries } = checkContent(dir);
const problems = only === undefined ? all : all.filter((problem) => problem.file.startsWith(only));
if (only !== undefined && all.length > problems.length) {
  console.error(`(${all.length - problems.length} problem(s) outside ${only} not shown)`);
}
if (problems.length > 0) {
  console.error(describeProblems(problems));
  process.exit(1);
}
const counts = Object.entries(entries).map(([name, map]) => `${name} ${map.size}`).join(', ');
console.log(`content check passed (${dir}): ${counts}`);
