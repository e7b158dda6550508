/** The project's real content, read once through the content gate, as plain lists with ids (like src/data gives pages). */
import { join } from 'node:path';
import { checkContent, type ValidEntries } from '@/content-check/index.ts';
import type { CollectionName, EntryOf } from '@/schemas/collections';

export const contentDir = join(import.meta.dirname, '..', '..', '..', 'content');
export const { entries, problems } = checkContent(contentDir);

/** A collection's entries with their ids, in id order. */
export function list<C extends CollectionName>(name: C): (EntryOf<C> & { id: string; file: string })[] {
  const map = entries[name] as ValidEntries[C];
  return [...map.values()]
    .map((entry) => ({ ...(entry.data as EntryOf<C>), id: entry.id, file: entry.file }))
    .sort((a, b) => a.id.localeCompare(b.id, 'fi'));
}
