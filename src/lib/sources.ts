/** Turning source references into what a page shows: a title, line range and link target. */
import type { SourceRef } from '../schemas/shared.ts';

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
  external: boolean;
}

/** Resolves references against the source list, merging repeated citations of one source. */
export function citeSources(refs: readonly SourceRef[], sources: readonly SourceInfo[]): CitedSource[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const merged = new Map<string, CitedSource>();
  for (const ref of refs) {
    if ('url' in ref) {
      if (!merged.has(ref.url)) merged.set(ref.url, { href: ref.url, title: new URL(ref.url).hostname, note: ref.note, external: true });
      continue;
    }
    const source = byId.get(ref.source);
    const title = source?.title ?? ref.source;
    const existing = merged.get(ref.source);
    if (existing === undefined) {
      merged.set(ref.source, { href: `/lahteet/#${ref.source}`, title, lines: ref.lines, note: ref.note, external: false });
    } else if (ref.lines !== undefined) {
      existing.lines = existing.lines === undefined ? ref.lines : `${existing.lines}, ${ref.lines}`;
    }
  }
  return [...merged.values()];
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
