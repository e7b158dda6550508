/**
 * Reads the content's change history from git at build time (Node only): the latest commits that
 * touched the content folder, each changed file's two versions parsed as YAML, compared entry by
 * entry (src/lib/maintenance/changes.ts). A shallow clone or a build without git has no history;
 * the result says which, and /muutokset/ says so rather than showing nothing.
 */
import { execFileSync } from 'node:child_process';
import { parse } from 'yaml';
import { entryChanges, LOG_FORMAT, parseRawLog, type ContentChange, type ContentHistory, type EntryLayout } from '../lib/maintenance/changes.ts';
import { collectionLayouts, collectionNames, type CollectionName } from '../schemas/collections.ts';
import { splitFrontmatter } from './read-content-dir.ts';

/** Runs git in `cwd` and returns its standard output; throws when git is missing or fails. */
function git(cwd: string, args: readonly string[], input?: string): string {
  return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    encoding: 'utf8',
    input,
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'ignore'],
  });
}

/** Which collection and layout a path inside the content folder belongs to, or undefined (README, notes). */
export function layoutOfPath(path: string): { collection: CollectionName; layout: EntryLayout; markdown: boolean } | undefined {
  for (const collection of collectionNames) {
    const layout = collectionLayouts[collection];
    if (layout.layout === 'list') {
      if (path === layout.file) return { collection, layout: { kind: 'list', key: layout.key }, markdown: false };
      continue;
    }
    const match = new RegExp(`^${layout.dir}/([^/]+)\\.(ya?ml|md)$`).exec(path);
    if (match !== null && (match[2] !== 'md' || layout.markdown)) {
      return { collection, layout: { kind: 'file', id: match[1] ?? '' }, markdown: match[2] === 'md' };
    }
  }
  return undefined;
}

/** The text of many blobs at once (`git cat-file --batch`), by blob id. */
function readBlobs(cwd: string, ids: readonly string[]): Map<string, string> {
  const blobs = new Map<string, string>();
  if (ids.length === 0) return blobs;
  const output = execFileSync('git', ['cat-file', '--batch'], { cwd, input: ids.join('\n') + '\n', maxBuffer: 256 * 1024 * 1024, stdio: ['pipe', 'pipe', 'ignore'] });
  let offset = 0;
  while (offset < output.length) {
    const newline = output.indexOf(0x0a, offset);
    if (newline < 0) break;
    const [id = '', type = '', size = '0'] = output.subarray(offset, newline).toString('utf8').split(' ');
    if (type === 'missing') {
      offset = newline + 1;
      continue;
    }
    const start = newline + 1;
    const end = start + Number(size);
    blobs.set(id, output.subarray(start, end).toString('utf8'));
    offset = end + 1;
  }
  return blobs;
}

/** A file version's entries as plain data; undefined when the file did not exist or does not parse. */
function parseVersion(text: string | undefined, markdown: boolean): unknown {
  if (text === undefined) return undefined;
  try {
    if (markdown) {
      const split = splitFrontmatter(text);
      return split === null ? undefined : parse(split.frontmatter);
    }
    return parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The changes of the latest `maxCommits` commits that touched `contentDir`, newest first. Merge
 * commits are left out: their changes are in the commits they merge.
 */
export function readContentHistory(contentDir: string, maxCommits: number): ContentHistory {
  let log: string;
  try {
    if (git(contentDir, ['rev-parse', '--is-shallow-repository']).trim() === 'true') return { status: 'shallow', changes: [] };
    log = git(contentDir, ['log', '--no-merges', '--raw', '--no-abbrev', '--no-renames', '--relative', `-n${maxCommits}`, `--format=${LOG_FORMAT}`, '--', '.']);
  } catch {
    return { status: 'unavailable', changes: [] };
  }
  const commits = parseRawLog(log);
  const known = commits.flatMap((c) => c.files.flatMap((file) => (layoutOfPath(file.path) === undefined ? [] : [file.before, file.after])));
  const blobs = readBlobs(contentDir, [...new Set(known.filter((id) => id !== ''))]);
  const changes: ContentChange[] = [];
  for (const { commit, date, files } of commits) {
    for (const file of files) {
      const where = layoutOfPath(file.path);
      if (where === undefined) continue;
      const before = file.before === '' ? undefined : parseVersion(blobs.get(file.before), where.markdown);
      const after = file.after === '' ? undefined : parseVersion(blobs.get(file.after), where.markdown);
      for (const change of entryChanges(where.layout, before, after)) changes.push({ ...change, commit, date, collection: where.collection });
    }
  }
  return { status: 'ok', changes };
}
