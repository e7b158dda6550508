/**
 * The one query layer: every page and endpoint gets content from here, never from
 * astro:content directly. Entries come back as plain objects with their id, sorted for stable output.
 */
import { getCollection } from 'astro:content';
import { fillChapterCounts } from '@/lib/orientation/counts';
import type { CollectionName, EntryOf, WithId } from '@/schemas/collections';
import { getRegionCounts } from './regions';

export type { WithId };

/** An entry's data with its id (for list collections the id equals the key field). */

export type Actor = WithId<EntryOf<'actors'>>;
export type Role = WithId<EntryOf<'roles'>>;
export type Service = WithId<EntryOf<'services'>>;
export type Criteria = WithId<EntryOf<'criteria'>>;
export type Pathway = WithId<EntryOf<'pathways'>>;
export type Staircase = WithId<EntryOf<'staircases'>>;
export type OrientationChapter = WithId<EntryOf<'orientation'>>;
export type GlossaryTerm = EntryOf<'glossary'>;
export type Source = EntryOf<'sources'>;
export type TargetGroup = EntryOf<'targetGroups'>;
export type Situation = EntryOf<'situations'>;
export type LexiconEntry = EntryOf<'lexicon'>;
export type ReferralExampleSet = WithId<EntryOf<'referralExamples'>>;

async function entries<C extends CollectionName>(name: C): Promise<WithId<EntryOf<C>>[]> {
  const list = await getCollection(name);
  return list
    .map((entry) => ({ ...(entry.data as EntryOf<C>), id: entry.id }))
    .sort((a, b) => a.id.localeCompare(b.id, 'fi'));
}

export interface Catalog {
  actors: Actor[];
  roles: Role[];
  services: Service[];
  criteria: Criteria[];
  pathways: Pathway[];
  staircases: Staircase[];
  glossary: GlossaryTerm[];
  sources: Source[];
  targetGroups: TargetGroup[];
  situations: Situation[];
  /** The everyday-word lexicon of the search. */
  lexicon: LexiconEntry[];
  /** Orientation chapters for new staff, in reading order. */
  orientation: OrientationChapter[];
  /** Example client descriptions with the services they accept (the search's training examples). */
  referralExamples: ReferralExampleSet[];
}

let cached: Promise<Catalog> | undefined;

/** The whole catalogue (everything but the regional tables), loaded once per build. */
export function getCatalog(): Promise<Catalog> {
  cached ??= (async () => {
    const [actors, roles, services, criteria, pathways, staircases, glossary, sources, targetGroups, situations, lexicon, chapters, referralExamples, counts] =
      await Promise.all([
        entries('actors'),
        entries('roles'),
        entries('services'),
        entries('criteria'),
        entries('pathways'),
        entries('staircases'),
        entries('glossary'),
        entries('sources'),
        entries('targetGroups'),
        entries('situations'),
        entries('lexicon'),
        entries('orientation'),
        entries('referralExamples'),
        getRegionCounts(),
      ]);
    // Counts written as placeholders ({employmentAreas}) come from the regional tables.
    const orientation = chapters.map((chapter) => fillChapterCounts(chapter, counts));
    staircases.sort((a, b) => a.order - b.order);
    orientation.sort((a, b) => a.order - b.order);
    glossary.sort((a, b) => a.term.localeCompare(b.term, 'fi'));
    return { actors, roles, services, criteria, pathways, staircases, glossary, sources, targetGroups, situations, lexicon, orientation, referralExamples };
  })();
  return cached;
}

/** Looks an entry up by id; the content gate guarantees references resolve, so a miss is a bug. */
export function byId<T extends { id: string }>(list: readonly T[], id: string): T {
  const found = list.find((item) => item.id === id);
  if (found === undefined) throw new Error(`No entry "${id}" (the content gate should have caught this)`);
  return found;
}
