import { z } from 'astro/zod';
import { criterionForces } from './enums.ts';
import { isoDate, plainText, slug, sourceList } from './shared.ts';

/** How strongly an item counts when it matches the client's situation (see enums.ts). */
export const criterionForce = z.enum(criterionForces);

export const criterionItemSchema = z.strictObject({
  id: slug.describe('Unique within the list'),
  text: plainText.describe('The criterion in plain Finnish'),
  situations: z.array(slug).default([]).describe('Ids in content/situations.yaml this item matches'),
  force: criterionForce.default('preferred'),
  instead: z.array(slug).default([]).describe('For excludes: service ids to consider instead'),
  sources: sourceList.optional(),
});

/** A referral-criterion list, checklist, set of principles or recommendations. content/criteria/<id>.yaml. */
export const criteriaSchema = z.strictObject({
  title: plainText,
  kind: z.enum(['referral-guideline', 'checklist', 'principles', 'recommendations']),
  summary: plainText,
  items: z.array(criterionItemSchema).min(1),
  appliesTo: z.array(slug).default([]).describe('Service ids the list applies to'),
  reconstructed: plainText.optional().describe('Say how, where the order or text was reconstructed from a lost figure'),
  sources: sourceList,
  verified: isoDate.describe('When a person last checked this entry against its sources'),
});
export type Criteria = z.output<typeof criteriaSchema>;
