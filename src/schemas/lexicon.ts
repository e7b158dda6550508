import { z } from 'astro/zod';
import { plainText, slug, sourceList } from './shared.ts';

/**
 * One entry of the everyday-word lexicon (content/lexicon.yaml): words people write about a
 * client ("masentunut", "amis", "saikku") mapped to the catalogue's own words and to client
 * situations and target groups, so the search understands a free-text description of a client.
 */
export const lexiconSchema = z
  .strictObject({
    id: slug.describe('Identifier of the entry, e.g. "masennus"'),
    words: z
      .array(plainText)
      .min(1, { message: 'needs at least one word: the everyday word or short phrase as people write it' })
      .describe('Everyday words or short phrases as people write them; base form, lower case (the search inflects)'),
    terms: z
      .array(plainText)
      .default([])
      .describe('Catalogue words the search should also look for, e.g. "mielenterveys"; must occur in services or criteria'),
    situations: z.array(slug).default([]).describe('Ids of client situations (situations.yaml) the words signal'),
    targetGroups: z.array(slug).default([]).describe('Ids of target groups (target-groups.yaml) the words signal'),
    note: plainText.optional().describe('For editors: why the mapping is as it is'),
    sources: sourceList.optional(),
  })
  .refine((entry) => entry.terms.length + entry.situations.length + entry.targetGroups.length > 0, {
    message: 'maps to nothing: give at least one of terms, situations or targetGroups',
    path: ['terms'],
  });
export type LexiconEntry = z.output<typeof lexiconSchema>;
