/**
 * Reads the content/ folder into raw entries, reporting unreadable files (invalid YAML, a list
 * file that is not a list, an entry without its id) as problems instead of throwing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { collectionLayouts, collectionNames, type CollectionName } from '../schemas/collections.ts';
import type { ContentProblem } from './problem.ts';
import type { RawEntry } from './raw-entry.ts';

export interface ReadResult {
  entries: RawEntry[];
  problems: ContentProblem[];
}

/** Parses YAML text; a syntax error becomes a problem naming the line. */
export function parseYaml(text: string, file: string, lineOffset = 0): { data: unknown; problems: ContentProblem[] } {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      data: undefined,
      problems: doc.errors.map((error) => ({
        file,
        field: '',
        message: `invalid YAML at line ${(error.linePos?.[0]?.line ?? 0) + lineOffset}: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  return { data: doc.toJS(), problems: [] };
}

/** Splits `---\nfrontmatter\n---\nbody`; returns null when the file has no frontmatter. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string; bodyLine: number } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (match === null) return null;
  const frontmatter = match[1] ?? '';
  return { frontmatter, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

function readListFile(root: string, collection: CollectionName, relFile: string, key: string): ReadResult {
  const path = join(root, relFile);
  const file = relative(join(root, '..'), path);
  if (!existsSync(path)) return { entries: [], problems: [{ file, field: '', message: 'file is missing' }] };
  const { data, problems } = parseYaml(readFileSync(path, 'utf8'), file);
  if (problems.length > 0) return { entries: [], problems };
  if (!Array.isArray(data)) {
    return { entries: [], problems: [{ file, field: '', message: 'must be a YAML list of entries (lines starting with "- ")' }] };
  }
  const entries: RawEntry[] = [];
  const listProblems: ContentProblem[] = [];
  data.forEach((item: unknown, index) => {
    const id = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[key] : undefined;
    if (typeof id !== 'string' || id === '') {
      listProblems.push({ file, entry: `#${index + 1}`, field: key, message: `is required (the entry's id, as a quoted string)` });
      return;
    }
    entries.push({ collection, id, file, inList: true, data: item });
  });
  return { entries, problems: listProblems };
}

function readFilesDir(root: string, collection: CollectionName, dir: string, markdown: boolean): ReadResult {
  const folder = join(root, dir);
  if (!existsSync(folder)) return { entries: [], problems: [] };
  const entries: RawEntry[] = [];
  const problems: ContentProblem[] = [];
  for (const name of readdirSync(folder).sort()) {
    const match = /^(.+)\.(ya?ml|md)$/.exec(name);
    const file = relative(join(root, '..'), join(folder, name));
    if (match === null) {
      if (!name.startsWith('.')) problems.push({ file, field: '', message: `is not a .yaml${markdown ? ' or .md' : ''} file` });
      continue;
    }
    const [, id = '', extension] = match;
    const text = readFileSync(join(folder, name), 'utf8');
    if (extension === 'md') {
      if (!markdown) {
        problems.push({ file, field: '', message: 'this collection takes .yaml files only' });
        continue;
      }
      const parts = splitFrontmatter(text);
      if (parts === null) {
        problems.push({ file, field: '', message: 'a Markdown entry must start with YAML frontmatter between --- lines' });
        continue;
      }
      const parsed = parseYaml(parts.frontmatter, file, 1);
      problems.push(...parsed.problems);
      if (parsed.problems.length === 0) {
        entries.push({ collection, id, file, inList: false, data: parsed.data, body: parts.body, bodyLine: parts.bodyLine });
      }
    } else {
      const parsed = parseYaml(text, file);
      problems.push(...parsed.problems);
      if (parsed.problems.length === 0) entries.push({ collection, id, file, inList: false, data: parsed.data });
    }
  }
  return { entries, problems };
}

/** Reads every collection of a content folder (`root` is the content/ folder itself). */
export function readContentDir(root: string): ReadResult {
  const result: ReadResult = { entries: [], problems: [] };
  for (const collection of collectionNames) {
    const layout = collectionLayouts[collection];
    const part =
      layout.layout === 'list'
        ? readListFile(root, collection, layout.file, layout.key)
        : readFilesDir(root, collection, layout.dir, layout.markdown);
    result.entries.push(...part.entries);
    result.problems.push(...part.problems);
  }
  return result;
}
