import { z } from 'astro/zod';
import { plainText, slug, sourceList } from './shared.ts';

/** A target group services are meant for (facet in the search). content/target-groups.yaml. */
export const targetGroupSchema = z.strictObject({
  id: slug,
  name: plainText.describe('Finnish name, e.g. "Osatyökykyiset"'),
  description: plainText.describe('Who belongs to the group, one sentence'),
  synonyms: z.array(plainText).default([]).describe('Other words professionals use, for search'),
  cues: z
    .array(plainText)
    .default([])
    .describe('Everyday phrases that signal this, lower case, base form; matched inflected and in compounds'),
  sources: sourceList,
});
export type TargetGroup = z.output<typeof targetGroupSchema>;

/**
 * A client situation ("Työttömyys on pitkittynyt") that criteria items match. The finder lists
 * these as a checklist. content/situations.yaml.
 */
export const situationSchema = z.strictObject({
  id: slug,
  label: plainText.describe('The situation as a professional would tick it, client first'),
  group: z
    .enum(['health', 'work', 'education', 'life', 'support', 'transition'])
    .describe('Checklist section: health, work, education, life (everyday life), support (services so far), transition'),
  hint: plainText.optional().describe('What to check before ticking'),
  ages: z
    .strictObject({ min: z.number().int().min(0).max(120).optional(), max: z.number().int().min(0).max(120).optional() })
    .refine((range) => range.min !== undefined || range.max !== undefined, { message: 'give min, max or both (whole years)' })
    .optional()
    .describe('The ages the situation covers, inclusive ("alle 25-vuotias" = { max: 24 }): the search reads an age in a description ("23-v", "45-vuotias") against it'),
  coordination: z
    .boolean()
    .default(false)
    .describe('true when the situation asks for coordination of several services (the search then lets coordinating services rank high)'),
  cues: z
    .array(plainText)
    .default([])
    .describe('Everyday phrases that signal this, lower case, base form; matched inflected and in compounds'),
  sources: sourceList,
});
export type Situation = z.output<typeof situationSchema>;
