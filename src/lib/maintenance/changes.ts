/**
 * The change history of the content, from `git log`: which entries changed in which commit, and
 * which of their fields. Pure: src/content-check/history.ts runs git and parses the YAML, this
 * module reads git's output and compares the parsed versions; the Atom feed is written here too.
 */

/** One file a commit touched (git log --raw): blob ids before and after ("" when none). */
export interface FileChange {
  path: string;
  before: string;
  after: string;
}

export interface CommitChanges {
  commit: string;
  /** Author date, ISO 8601 with offset. */
  date: string;
  files: FileChange[];
}

/** Separators of the `--format` that parseRawLog reads: record (U+001E) and unit (U+001F). */
export const LOG_FORMAT = '%x1e%H%x1f%aI';

const NULL_BLOB = /^0+$/;

/**
 * Reads `git log --raw --no-abbrev --format=<LOG_FORMAT>` output: per commit its hash, date and
 * the files it changed with their blob ids.
 */
export function parseRawLog(text: string): CommitChanges[] {
  return text
    .split('\x1e')
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => {
      const [head = '', ...lines] = chunk.split('\n');
      const [commit = '', date = ''] = head.split('\x1f');
      const files = lines.flatMap((line): FileChange[] => {
        // :100644 100644 <before> <after> M\t<path>
        const match = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) [A-Z]\d*\t(.+)$/.exec(line);
        if (match === null) return [];
        const [, before = '', after = '', path = ''] = match;
        return [{ path, before: NULL_BLOB.test(before) ? '' : before, after: NULL_BLOB.test(after) ? '' : after }];
      });
      return { commit: commit.trim(), date: date.trim(), files };
    });
}

/** How a file holds entries: one entry per file, or a list keyed by a field. */
export type EntryLayout = { kind: 'file'; id: string } | { kind: 'list'; key: string };

/** What happened to one entry in one commit. */
export interface EntryChange {
  id: string;
  kind: 'added' | 'removed' | 'changed';
  /** Top-level fields whose value differs (for a change), in the entry's own order. */
  fields: string[];
}

/** Stable text of a value, with object keys sorted, for comparing parsed YAML. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The top-level fields of two versions of an entry whose values differ, in the order they appear. */
export function changedFields(before: unknown, after: unknown): string[] {
  const a = isRecord(before) ? before : {};
  const b = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.filter((key) => canonical(a[key]) !== canonical(b[key]));
}

/** Entries of a list file by their key (entries without one are left out). */
function byKey(value: unknown, key: string): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  if (!Array.isArray(value)) return entries;
  for (const item of value) if (isRecord(item) && item[key] !== undefined) entries.set(String(item[key]), item);
  return entries;
}

/**
 * The entries that changed between two parsed versions of a file (undefined: the file did not
 * exist). A list file is compared entry by entry; entries that did not change are left out.
 */
export function entryChanges(layout: EntryLayout, before: unknown, after: unknown): EntryChange[] {
  if (layout.kind === 'file') {
    if (before === undefined && after === undefined) return [];
    if (before === undefined) return [{ id: layout.id, kind: 'added', fields: [] }];
    if (after === undefined) return [{ id: layout.id, kind: 'removed', fields: [] }];
    const fields = changedFields(before, after);
    return fields.length === 0 ? [] : [{ id: layout.id, kind: 'changed', fields }];
  }
  const old = byKey(before, layout.key);
  const now = byKey(after, layout.key);
  const changes: EntryChange[] = [];
  for (const [id, entry] of now) {
    if (!old.has(id)) changes.push({ id, kind: 'added', fields: [] });
    else {
      const fields = changedFields(old.get(id), entry);
      if (fields.length > 0) changes.push({ id, kind: 'changed', fields });
    }
  }
  for (const id of old.keys()) if (!now.has(id)) changes.push({ id, kind: 'removed', fields: [] });
  return changes;
}

/** One line of /muutokset/: when, which entry of which collection, what happened. */
export interface ContentChange extends EntryChange {
  commit: string;
  date: string;
  collection: string;
}

/** Whether the build could read the history: `shallow` and `unavailable` builds show a note instead. */
export type HistoryStatus = 'ok' | 'shallow' | 'unavailable';

export interface ContentHistory {
  status: HistoryStatus;
  /** Newest first. */
  changes: ContentChange[];
}

// ---- Atom ----

/** Text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);
}

export interface FeedEntry {
  /** A permanent IRI, e.g. `urn:uuid:…`. */
  id: string;
  title: string;
  /** Absolute address of the entry's page. */
  link: string;
  /** RFC 3339 date-time. */
  updated: string;
  summary: string;
}

export interface Feed {
  id: string;
  title: string;
  /** The feed's own address and the page it belongs to (absolute). */
  self: string;
  alternate: string;
  author: string;
  /** RFC 3339; the newest entry's date when there are entries. */
  updated: string;
  entries: readonly FeedEntry[];
}

/** An Atom 1.0 document (RFC 4287). */
export function atomFeed(feed: Feed): string {
  const updated = feed.entries.reduce((latest, entry) => (Date.parse(entry.updated) > Date.parse(latest) ? entry.updated : latest), feed.updated);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fi">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <updated>${escapeXml(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...feed.entries.flatMap((entry) => [
      '  <entry>',
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
      `    <updated>${escapeXml(entry.updated)}</updated>`,
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
  ];
  return lines.join('\n') + '\n';
}
