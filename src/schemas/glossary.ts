import { z } from 'astro/zod';
import { plainText, slug, sourceList } from './shared.ts';

/** A term or acronym explained in the glossary (Sanasto). content/glossary.yaml. */
export const glossarySchema = z.strictObject({
  id: slug.describe('Anchor on /sanasto/, e.g. "typ"'),
  term: plainText.describe('The term as written, e.g. "TYP"'),
  expansion: plainText.optional().describe('What an acronym stands for'),
  explanation: plainText.describe('One plain Finnish sentence'),
  isAcronym: z.boolean().default(false).describe('true for acronyms, marked up as <abbr> in pages'),
  outsideSeeds: z
    .boolean()
    .default(false)
    .describe('true when the expansion comes from a web source, not the seeds'),
  related: z.array(slug).default([]).describe('Service ids the term is about'),
  sources: sourceList,
});
export type GlossaryTerm = z.output<typeof glossarySchema>;
