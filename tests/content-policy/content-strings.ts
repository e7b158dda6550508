/**
 * Every string of every content entry, located by file, entry and field path, for the guards
 * that read the catalogue's text (personal-data.test.ts, no-copied-text.test.ts).
 */
import { join } from 'node:path';
import { checkContent, type ContentCheck } from '@/content-check/index.ts';
import { fieldPath } from '@/content-check/problem.ts';
import { readContentDir } from '@/content-check/read-content-dir.ts';

export const contentDir = join(import.meta.dirname, '..', '..', 'content');

export interface ContentString {
  collection: string;
  file: string;
  /** Entry id (for list files this is what names the entry in a report). */
  entry: string;
  /** Path of the field inside the entry, e.g. `offerings[0].notes`. */
  field: string;
  /** The last object key on the path (`notes`), or `body` for a Markdown body. */
  key: string;
  /** The key above an array item (`items` for `items[2].text`, `tasks` for `tasks[1]`). */
  listKey: string | undefined;
  text: string;
}

let cached: { check: ContentCheck; strings: ContentString[] } | undefined;

function walk(value: unknown, path: (string | number)[], visit: (path: (string | number)[], text: string) => void): void {
  if (typeof value === 'string') visit(path, value);
  else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index], visit));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) walk(item, [...path, key], visit);
  }
}

/** The validated entries of content/ and every string in them (and in Markdown bodies). */
export function contentStrings(): { check: ContentCheck; strings: ContentString[] } {
  if (cached !== undefined) return cached;
  const check = checkContent(contentDir);
  const strings: ContentString[] = [];
  for (const [collection, map] of Object.entries(check.entries) as [string, Map<string, { id: string; file: string; data: unknown }>][]) {
    for (const entry of map.values()) {
      walk(entry.data, [], (path, text) => {
        const lastKey = [...path].reverse().find((segment): segment is string => typeof segment === 'string') ?? '';
        const arrayAt = path.findLastIndex((segment, index) => typeof segment === 'string' && typeof path[index + 1] === 'number');
        const listKey = arrayAt >= 0 ? String(path[arrayAt]) : undefined;
        strings.push({ collection, file: entry.file, entry: entry.id, field: fieldPath(path), key: lastKey, listKey, text });
      });
    }
  }
  for (const raw of readContentDir(contentDir).entries) {
    if (raw.body !== undefined && raw.body.trim() !== '') {
      strings.push({ collection: raw.collection, file: raw.file, entry: raw.id, field: 'body', key: 'body', listKey: undefined, text: raw.body });
    }
  }
  cached = { check, strings };
  return cached;
}

/** `content/services/ips.yaml [ips] offerings[0].notes` */
export function where(item: ContentString): string {
  return `${item.file} [${item.entry}] ${item.field}`;
}
