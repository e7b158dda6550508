/**
 * Schema validation of raw entries, plus the checks a schema cannot make on one entry alone:
 * duplicate ids and unsafe Markdown bodies.
 */
import { hasUnsafeMarkup } from '../schemas/shared.ts';
import { collectionLayouts, collectionNames, type CollectionName, type EntryOf } from '../schemas/collections.ts';
import { fieldPath, type ContentProblem } from './problem.ts';
import type { RawEntry } from './raw-entry.ts';

export interface Located<T> {
  id: string;
  file: string;
  inList: boolean;
  data: T;
}

/** Valid entries by collection and id, each with the file it came from. */
export type ValidEntries = { [C in CollectionName]: Map<string, Located<EntryOf<C>>> };

function emptyEntries(): ValidEntries {
  return Object.fromEntries(collectionNames.map((name) => [name, new Map()])) as ValidEntries;
}

/** Removes fenced and inline code, where angle brackets are shown literally and are harmless. */
function withoutCode(markdown: string): string {
  return markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
}

/** Raw HTML and links that are not https:// (or site-relative) in a Markdown body. */
export function markdownBodyProblems(body: string): string[] {
  const problems: string[] = [];
  const lines = withoutCode(body).split('\n');
  lines.forEach((line, index) => {
    if (hasUnsafeMarkup(line)) problems.push(`line ${index + 1}: raw HTML or a script link is not allowed in Markdown; use Markdown syntax`);
    for (const match of line.matchAll(/\]\(\s*<?([^)\s>]+)/g)) {
      const target = match[1] ?? '';
      if (!/^(https:\/\/|\/|#)/.test(target)) {
        problems.push(`line ${index + 1}: link "${target}" must be an https:// address or a site path starting with /`);
      }
    }
  });
  return problems;
}

export function validateEntries(raw: readonly RawEntry[]): { entries: ValidEntries; problems: ContentProblem[] } {
  const entries = emptyEntries();
  const problems: ContentProblem[] = [];
  for (const item of raw) {
    const where = { file: item.file, entry: item.inList ? item.id : undefined };
    const map = entries[item.collection] as Map<string, Located<unknown>>;
    const earlier = map.get(item.id);
    if (earlier !== undefined) {
      problems.push({ ...where, field: item.inList ? collectionLayoutKey(item.collection) : '', message: `duplicate id "${item.id}" (also in ${earlier.file})` });
      continue;
    }
    const result = collectionLayouts[item.collection].schema.safeParse(item.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ ...where, field: fieldPath(issue.path), message: issue.message });
      }
      continue;
    }
    if (item.body !== undefined) {
      for (const message of markdownBodyProblems(item.body)) {
        problems.push({ ...where, field: 'body', message: message.replace(/^line (\d+)/, (_, n: string) => `line ${Number(n) + (item.bodyLine ?? 1) - 1}`) });
      }
    }
    map.set(item.id, { id: item.id, file: item.file, inList: item.inList, data: result.data });
  }
  return { entries, problems };
}

function collectionLayoutKey(collection: CollectionName): string {
  const layout = collectionLayouts[collection];
  return layout.layout === 'list' ? layout.key : '';
}
