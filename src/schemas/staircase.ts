import { z } from 'astro/zod';
import { isoDate, plainText, slug, sourceList } from './shared.ts';

export const staircaseLevelSchema = z.strictObject({
  id: slug.describe('Unique across all staircases; services point here with staircaseLevels'),
  name: plainText,
  description: plainText,
  signalsUp: z.array(plainText).default([]).describe('Signs the client is ready for the next step up'),
  signalsDown: z.array(plainText).default([]).describe('Signs more support is needed'),
  sources: sourceList,
});
export type StaircaseLevel = z.output<typeof staircaseLevelSchema>;

/** A support ladder, levels listed from the bottom (most support) to the top. content/staircases/<id>.yaml. */
export const staircaseSchema = z.strictObject({
  title: plainText,
  summary: plainText,
  order: z.number().int().describe('Display order of the ladders on /portaat/'),
  levels: z.array(staircaseLevelSchema).min(2),
  reconstructed: plainText.describe('How the ladder was reconstructed from text when the figure was lost'),
  sources: sourceList,
  verified: isoDate.describe('When a person last checked this entry against its sources'),
});
export type Staircase = z.output<typeof staircaseSchema>;
