/**
 * Orientation progress ("luettu" per chapter), kept in the browser's localStorage. The stored value
 * is typed by whoever had the browser before, so it is parsed defensively: anything malformed is
 * dropped (and reported, so the page can say so), unknown chapter ids are ignored.
 */
import { z } from 'zod/mini';

/** localStorage key; the version changes if the stored shape ever does. */
export const PROGRESS_KEY = 'palvelukyla.perehdytys.v1';

const stored = z.object({ read: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(500)) });

export interface ParsedProgress {
  /** Chapter ids marked read, in the order of `chapterIds`. */
  read: string[];
  /** True when a stored value existed but could not be used. */
  malformed: boolean;
}

/** Reads a stored progress value (`null` when nothing is stored) against the chapters that exist. */
export function parseProgress(raw: string | null, chapterIds: readonly string[]): ParsedProgress {
  if (raw === null) return { read: [], malformed: false };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { read: [], malformed: true };
  }
  const result = stored.safeParse(json);
  if (!result.success) return { read: [], malformed: true };
  const marked = new Set(result.data.read);
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
