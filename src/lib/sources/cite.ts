/** Turning source references into what a page shows: a title, line range and link target. */
import type { SourceRef } from '../../schemas/shared.ts';
import { routes } from '../routes.ts';

export interface SourceInfo {
  id: string;
  title: string;
  publisher: string;
  kind: string;
  url?: string | undefined;
}

export interface CitedSource {
  /** Link target: the source's anchor on /lahteet/, or the external address. */
  href: string;
  title: string;
  lines?: string | undefined;
  note?: string | undefined;
  /** For a web page: the ISO date a person read it (the latest, when cited more than once). */
  read?: string | undefined;
  external: boolean;
}

/** Resolves references against the source list, merging repeated citations of one source. */
export function citeSources(refs: readonly SourceRef[], sources: readonly SourceInfo[]): CitedSource[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const merged = new Map<string, CitedSource>();
  for (const ref of refs) {
    if ('url' in ref) {
      const existing = merged.get(ref.url);
      if (existing === undefined) {
        merged.set(ref.url, { href: ref.url, title: new URL(ref.url).hostname, note: ref.note, read: ref.read, external: true });
      } else if (existing.read === undefined || ref.read > existing.read) {
        existing.read = ref.read;
      }
      continue;
    }
    const source = byId.get(ref.source);
    const title = source?.title ?? ref.source;
    const existing = merged.get(ref.source);
    if (existing === undefined) {
      merged.set(ref.source, { href: routes.sources(ref.source), title, lines: ref.lines, note: ref.note, external: false });
    } else if (ref.lines !== undefined) {
      existing.lines = existing.lines === undefined ? ref.lines : mergeLineRanges(existing.lines, ref.lines);
    }
  }
  return [...merged.values()];
}

/** A line range as numbers: first and last line (the same for one line). */
type Range = [number, number];

function parseRanges(text: string): Range[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part): Range => {
      const [first = '', last] = part.split(/[-–]/).map((n) => n.trim());
      const a = Number(first);
      const b = last === undefined || last === '' ? a : Number(last);
      return a <= b ? [a, b] : [b, a];
    })
    .filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b));
}

/**
 * Line ranges of one source cited several times, as one list: each line once, in order, ranges that
 * overlap or touch joined ("787-793" and "787-793, 800" → "787-793, 800"; "1-2" and "3-5" → "1-5").
 * The same hyphenated form the content uses; `linesText` is the form readers see.
 */
export function mergeLineRanges(...texts: readonly string[]): string {
  const ranges = texts.flatMap(parseRanges).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last !== undefined && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged.map(([a, b]) => (a === b ? String(a) : `${a}-${b}`)).join(', ');
}

/** Line ranges as a reader sees them: typographic dashes between the first and last line ("787–793, 800"). */
export function linesText(lines: string): string {
  return mergeLineRanges(lines).replaceAll('-', '–');
}

/** All source references found anywhere inside a value (an entry with nested offerings, figures, items). */
export function collectSourceRefs(value: unknown): SourceRef[] {
  const found: SourceRef[] = [];
  const walk = (node: unknown, key?: string): void => {
    if (Array.isArray(node)) {
      if (key === 'sources') found.push(...(node as SourceRef[]));
      else node.forEach((item) => walk(item));
    } else if (typeof node === 'object' && node !== null) {
      for (const [k, v] of Object.entries(node)) walk(v, k);
    }
  };
  walk(value);
  return found;
}

/** How old a `verified` date may be before an entry is listed for re-checking (set in src/lib/site.ts). */

/** An entry that cites a source, with the page it lives on. */
export interface Citation {
  href: string;
  name: string;
}

interface CitingEntry {
  href: string;
  name: string;
  /** The entry itself; every `sources` list inside it counts. */
  value: unknown;
}

/** Which entries cite each source id (each entry once per source), for the sources page. */
export function citationsBySource(entries: readonly CitingEntry[]): Map<string, Citation[]> {
  const bySource = new Map<string, Citation[]>();
  for (const entry of entries) {
    const ids = new Set(collectSourceRefs(entry.value).flatMap((ref) => ('source' in ref ? [ref.source] : [])));
    for (const id of ids) {
      const list = bySource.get(id) ?? [];
      list.push({ href: entry.href, name: entry.name });
      bySource.set(id, list);
    }
  }
  return bySource;
}

/**
 * Entries whose `verified` date is older than `maxAgeDays` on `today` (ISO dates), oldest first.
 * "verified" is when a person last checked the entry against its source, not a file date.
 */
export function staleEntries<T extends { verified: string }>(entries: readonly T[], today: string, maxAgeDays: number): T[] {
  const limit = Date.parse(today) - maxAgeDays * 86_400_000;
  return entries.filter((entry) => Date.parse(entry.verified) < limit).sort((a, b) => a.verified.localeCompare(b.verified));
}
