/** One thing wrong with the content, located so an editor can fix it without searching. */
export interface ContentProblem {
  /** Path from the project root, e.g. `content/services/ips.yaml`. */
  file: string;
  /** Entry id inside a list file (municipality code, glossary id); absent for one-entry files. */
  entry?: string | undefined;
  /** Field path inside the entry, e.g. `actors[1].actor`; empty for the whole file. */
  field: string;
  message: string;
}

/** `content/services/ips.yaml: actors[1].actor "kela-x" is not an actor id` */
export function formatProblem(problem: ContentProblem): string {
  const entry = problem.entry === undefined ? '' : ` [${problem.entry}]`;
  const field = problem.field === '' ? '' : ` ${problem.field}`;
  return `${problem.file}${entry}:${field} ${problem.message}`;
}

/** Joins path segments from zod or our own walks into `a.b[2].c`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}
