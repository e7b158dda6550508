/**
 * Where each collection lives under content/ and which schema it uses. Both the Astro content
 * config and the build-time content check (src/content-check) read this one table, so the
 * two can never disagree about file layout.
 */
import type { z } from 'astro/zod';
import { actorSchema } from './actor.ts';
import { criteriaSchema } from './criteria.ts';
import { glossarySchema } from './glossary.ts';
import { lexiconSchema } from './lexicon.ts';
import { orientationSchema } from './orientation.ts';
import { pageSchema } from './page.ts';
import { pathwaySchema } from './pathway.ts';
import { referralExampleSetSchema } from './referral-example.ts';
import { employmentAreaSchema, municipalitySchema, wellbeingAreaSchema } from './region.ts';
import { roleSchema } from './role.ts';
import { serviceSchema } from './service.ts';
import { sourceSchema } from './source.ts';
import { staircaseSchema } from './staircase.ts';
import { situationSchema, targetGroupSchema } from './vocabulary.ts';

/** One YAML file holding a list of entries; `key` names the field that is the entry's id. */
export interface ListLayout {
  layout: 'list';
  file: string;
  key: string;
  schema: z.ZodType;
}

/** One file per entry (YAML, or Markdown with frontmatter where `markdown`); the file name is the id. */
export interface FilesLayout {
  layout: 'files';
  dir: string;
  markdown: boolean;
  schema: z.ZodType;
}

export type CollectionLayout = ListLayout | FilesLayout;

export const collectionLayouts = {
  sources: { layout: 'list', file: 'sources.yaml', key: 'id', schema: sourceSchema },
  targetGroups: { layout: 'list', file: 'target-groups.yaml', key: 'id', schema: targetGroupSchema },
  situations: { layout: 'list', file: 'situations.yaml', key: 'id', schema: situationSchema },
  glossary: { layout: 'list', file: 'glossary.yaml', key: 'id', schema: glossarySchema },
  lexicon: { layout: 'list', file: 'lexicon.yaml', key: 'id', schema: lexiconSchema },
  municipalities: { layout: 'list', file: 'regions/municipalities.yaml', key: 'code', schema: municipalitySchema },
  wellbeingAreas: { layout: 'list', file: 'regions/wellbeing-areas.yaml', key: 'id', schema: wellbeingAreaSchema },
  employmentAreas: { layout: 'list', file: 'regions/employment-areas.yaml', key: 'id', schema: employmentAreaSchema },
  actors: { layout: 'files', dir: 'actors', markdown: true, schema: actorSchema },
  roles: { layout: 'files', dir: 'roles', markdown: true, schema: roleSchema },
  services: { layout: 'files', dir: 'services', markdown: true, schema: serviceSchema },
  criteria: { layout: 'files', dir: 'criteria', markdown: false, schema: criteriaSchema },
  pathways: { layout: 'files', dir: 'pathways', markdown: false, schema: pathwaySchema },
  staircases: { layout: 'files', dir: 'staircases', markdown: false, schema: staircaseSchema },
  orientation: { layout: 'files', dir: 'orientation', markdown: false, schema: orientationSchema },
  pages: { layout: 'files', dir: 'pages', markdown: false, schema: pageSchema },
  referralExamples: { layout: 'files', dir: 'referral-examples', markdown: false, schema: referralExampleSetSchema },
} as const satisfies Record<string, CollectionLayout>;

export type CollectionName = keyof typeof collectionLayouts;
export const collectionNames = Object.keys(collectionLayouts) as CollectionName[];

/** An entry with its id (file name or list key) alongside its fields. */
export type WithId<T> = T & { id: string };

/** The parsed shape of one entry of a collection. */
export type EntryOf<C extends CollectionName> = z.output<(typeof collectionLayouts)[C]['schema']>;
