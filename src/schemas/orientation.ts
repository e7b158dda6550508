import { z } from 'astro/zod';
import { isoDate, slug, sourceList, textWithCounts } from './shared.ts';

/** A path inside this site ("/polut/", "/sanasto/#typ"); external addresses belong in sources. */
const sitePath = z
  .string()
  .regex(/^\/[a-z0-9/_-]*(#[a-z0-9-]+)?$/, { message: 'must be a path inside the site, such as "/polut/" or "/sanasto/#typ"' })
  .describe('A page of this site');

/** A self-check question; the answer is revealed on demand. */
const question = z.strictObject({
  question: textWithCounts,
  answer: textWithCounts,
});

/**
 * One chapter of the orientation path for new staff (/perehdytys/). content/orientation/<id>.yaml.
 * Chapters are read in `order`; each ends with self-check questions. Texts may write region counts
 * as {wellbeingAreas}, {employmentAreas} or {municipalities}; the build fills them in.
 */
export const orientationSchema = z.strictObject({
  order: z.number().int().positive().describe('Position in the path, 1 first'),
  title: textWithCounts,
  summary: textWithCounts.describe('One sentence: what the reader learns'),
  paragraphs: z.array(textWithCounts).min(1).describe('The chapter text, one paragraph per item, in your own words'),
  links: z
    .array(z.strictObject({ href: sitePath, label: textWithCounts }))
    .default([])
    .describe('Pages of this site to continue from'),
  criteria: z.array(slug).default([]).describe('Criteria ids (e.g. recommendation lists) the chapter points to'),
  pathways: z.array(slug).default([]).describe('Pathway ids the chapter points to'),
  questions: z.array(question).min(1).describe('Self-check questions with their answers'),
  sources: sourceList,
  verified: isoDate.describe('When a person last checked this entry against its sources'),
});
export type OrientationChapter = z.output<typeof orientationSchema>;
