/** Sources and notes of pages that are not themselves entries (content/pages/<page-id>.yaml). */
import { getCollection } from 'astro:content';
import type { EntryOf } from '@/schemas/collections';

export type Page = EntryOf<'pages'>;

let cached: Promise<Map<string, Page>> | undefined;

/** The content of page `id`; every page that asks for one needs its file. */
export async function getPage(id: string): Promise<Page> {
  cached ??= getCollection('pages').then((list) => new Map(list.map((entry) => [entry.id, entry.data as Page])));
  const page = (await cached).get(id);
  if (page === undefined) throw new Error(`content/pages/${id}.yaml is missing: the page lists its sources there`);
  return page;
}
