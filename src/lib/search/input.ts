/**
 * Turns catalogue collections into the referral search's input. Used by the data layer (with the
 * collections from astro:content) and by the quality test (with checkContent's entries), so both
 * index exactly the same fields.
 */
import type { EntryOf, WithId } from '../../schemas/collections.ts';
import type { ValidEntries } from '../../content-check/index.ts';
import type { IndexInput } from './index-build.ts';
import { citeSources, collectSourceRefs, type SourceInfo } from '../sources/cite.ts';

/** The collections the search reads, as lists of entries with ids. */
export interface SearchCollections {
  services: readonly WithId<EntryOf<'services'>>[];
  criteria: readonly WithId<EntryOf<'criteria'>>[];
  targetGroups: readonly EntryOf<'targetGroups'>[];
  situations: readonly EntryOf<'situations'>[];
  lexicon: readonly EntryOf<'lexicon'>[];
  roles: readonly WithId<EntryOf<'roles'>>[];
  glossary: readonly EntryOf<'glossary'>[];
  actors: readonly WithId<EntryOf<'actors'>>[];
  staircases: readonly WithId<EntryOf<'staircases'>>[];
  sources: readonly SourceInfo[];
  /** Example client descriptions the search learns from (content/referral-examples). */
  referralExamples: readonly WithId<EntryOf<'referralExamples'>>[];
  /** Places a description may name (optional: without them no place is read). */
  municipalities?: readonly EntryOf<'municipalities'>[];
  wellbeingAreas?: readonly WithId<EntryOf<'wellbeingAreas'>>[];
}

export function indexInput(collections: SearchCollections): IndexInput {
  return {
    services: collections.services.map((service) => ({
      ...service,
      sources: citeSources(collectSourceRefs({ sources: service.sources }), collections.sources).map((cited) => ({
        href: cited.href,
        title: cited.title,
        lines: cited.lines,
      })),
    })),
    criteria: collections.criteria,
    targetGroups: collections.targetGroups,
    situations: collections.situations,
    lexicon: collections.lexicon,
    municipalities: collections.municipalities ?? [],
    wellbeingAreas: collections.wellbeingAreas ?? [],
    roles: collections.roles,
    glossary: collections.glossary,
    actors: collections.actors,
    levels: collections.staircases.flatMap((ladder) => ladder.levels),
    examples: collections.referralExamples.flatMap((set) => set.examples),
  };
}

/**
 * The collections without one set of example descriptions: an index built from them scores that set
 * as descriptions it has never seen (cross-validation of what the search learns from examples).
 */
export function withoutExampleSet(collections: SearchCollections, setId: string): SearchCollections {
  return { ...collections, referralExamples: collections.referralExamples.filter((set) => set.id !== setId) };
}

/** The same collections from the content gate's entries (tests and scripts, no astro:content). */
export function collectionsFromEntries(entries: ValidEntries): SearchCollections {
  const list = <T>(map: Map<string, { id: string; data: T }>): WithId<T>[] =>
    [...map.values()].map((entry) => ({ ...entry.data, id: entry.id })).sort((a, b) => a.id.localeCompare(b.id));
  return {
    services: list(entries.services),
    criteria: list(entries.criteria),
    targetGroups: list(entries.targetGroups),
    situations: list(entries.situations),
    lexicon: list(entries.lexicon),
    roles: list(entries.roles),
    glossary: list(entries.glossary),
    actors: list(entries.actors),
    staircases: list(entries.staircases),
    sources: list(entries.sources),
    municipalities: [...entries.municipalities.values()].map((entry) => entry.data),
    wellbeingAreas: list(entries.wellbeingAreas),
    referralExamples: list(entries.referralExamples),
  };
}
