import { z } from 'astro/zod';
import { isoDate, plainText, slug, sourceList } from './shared.ts';

/** A transition to another step; a step with several is a branch. */
const nextStep = z.union([
  slug.transform((to) => ({ to, label: undefined })),
  z.strictObject({ to: slug, label: plainText.optional().describe('Condition, e.g. "Tilanne epäselvä"') }),
]);

export const pathwayStepSchema = z.strictObject({
  id: slug.describe('Unique within the pathway'),
  title: plainText,
  description: plainText.optional(),
  roles: z.array(slug).default([]).describe('Role ids: who does this step'),
  actors: z.array(slug).default([]).describe('Actor ids involved'),
  who: plainText.optional().describe('Who acts, where no role entry fits'),
  services: z.array(slug).default([]),
  next: z.array(nextStep).optional().describe('Omit for "the next step in the list"; [] ends the pathway'),
});
export type PathwayStep = z.output<typeof pathwayStepSchema>;

/** An ordered process with branches. content/pathways/<id>.yaml. Steps are listed in order. */
export const pathwaySchema = z.strictObject({
  title: plainText,
  summary: plainText,
  region: plainText.optional().describe('Where the model comes from, e.g. "Satakunta, Rauma"'),
  steps: z.array(pathwayStepSchema).min(2),
  services: z.array(slug).default([]),
  reconstructed: plainText.optional().describe('Say so where the order comes from a lost figure'),
  sources: sourceList,
  verified: isoDate.describe('When a person last checked this entry against its sources'),
});
export type Pathway = z.output<typeof pathwaySchema>;
