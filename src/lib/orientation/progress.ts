/**
 * Orientation progress ("luettu" per chapter), kept in the browser's localStorage. The stored value
 * is typed by whoever had the browser before, so it is parsed defensively: anything malformed is
 * dropped (and reported, so the page can say so), unknown chapter ids are ignored.
 */
import { z } from 'zod/mini';

/** localStorage key; the version changes if the stored shape ever does. */
export const PROGRESS_KEY = 'palvelukyla.perehdytys.v1';

/** A JSON string of at most 100 characters (an escape counts as one). */
const JSON_STRING = String.raw`"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})){0,100}"`;

/**
 * The stored value exactly as serializeProgress writes it: {"read":[…]} with at most 500 strings.
 * Checked as text, so JSON.parse only ever reads that shape. A string schema rather than
 * z.object and z.array: those would add zod's object and array code to the chunk that every
 * island page loads (1.8 kB gzip of the search page's JavaScript).
 */
const stored = z.string().check(
  // The longest that shape can be: 500 strings of 100 six-character escapes, quoted, with commas.
  z.maxLength(11 + 500 * 602 + 499),
  z.regex(new RegExp(`^\\{"read":\\[(?:${JSON_STRING}(?:,${JSON_STRING}){0,499})?\\]\\}$`)),
);

export interface ParsedProgress {
  /** Chapter ids marked read, in the order of `chapterIds`. */
  read: string[];
  /** True when a stored value existed but could not be used. */
  malformed: boolean;
}

/** Reads a stored progress value (`null` when nothing is stored) against the chapters that exist. */
export function parseProgress(raw: string | null, chapterIds: readonly string[]): ParsedProgress {
  if (raw === null) return { read: [], malformed: false };
  const result = stored.safeParse(raw);
  if (!result.success) return { read: [], malformed: true };
  const marked = new Set((JSON.parse(result.data) as { read: string[] }).read);
  return { read: chapterIds.filter((id) => marked.has(id)), malformed: false };
}

/** The value to store for a set of read chapters (chapter order, no duplicates). */
export function serializeProgress(read: Iterable<string>, chapterIds: readonly string[]): string {
  const marked = new Set(read);
  return JSON.stringify({ read: chapterIds.filter((id) => marked.has(id)) });
}

/** Marks a chapter read or unread; returns the new list in chapter order. */
export function setRead(read: readonly string[], id: string, isRead: boolean, chapterIds: readonly string[]): string[] {
  const marked = new Set(read);
  if (isRead) marked.add(id);
  else marked.delete(id);
  return chapterIds.filter((chapter) => marked.has(chapter));
}
