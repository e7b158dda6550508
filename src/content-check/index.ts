/**
 * The content gate: read, validate and cross-check a content folder. The build runs it before
 * Astro loads any collection (integrations/content-guard.ts) and fails on any problem.
 */
import { checkIntegrity } from './integrity.ts';
import { formatProblem, type ContentProblem } from './problem.ts';
import { readContentDir } from './read-content-dir.ts';
import { validateEntries, type ValidEntries } from './validate-entries.ts';

export { formatProblem, type ContentProblem } from './problem.ts';
export type { ValidEntries, Located } from './validate-entries.ts';

export interface ContentCheck {
  problems: ContentProblem[];
  entries: ValidEntries;
}

/** Checks the content folder at `contentDir`; `entries` holds whatever was valid. */
export function checkContent(contentDir: string): ContentCheck {
  const read = readContentDir(contentDir);
  const validated = validateEntries(read.entries);
  // Cross-references are checked over the entries that parsed, so one broken file does not hide
  // the reference problems of every other file (a reference to the broken entry is reported too).
  const problems = [...read.problems, ...validated.problems, ...checkIntegrity(validated.entries)];
  return { problems, entries: validated.entries };
}

/** A readable multi-line report for the build log. */
export function describeProblems(problems: readonly ContentProblem[]): string {
  return [`Content check found ${problems.length} problem(s):`, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n');
}
