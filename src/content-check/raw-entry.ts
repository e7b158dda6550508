import type { CollectionName } from '../schemas/collections.ts';

/** An entry read from disk before validation. */
export interface RawEntry {
  collection: CollectionName;
  id: string;
  file: string;
  /** True when the entry is one item of a list file (problems then name the entry id). */
  inList: boolean;
  data: unknown;
  /** Markdown body, for .md entries. */
  body?: string | undefined;
  /** 1-based line where the Markdown body starts, so body problems can name a line. */
  bodyLine?: number | undefined;
}
