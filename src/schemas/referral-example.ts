import { z } from 'astro/zod';
import { plainText, slug } from './shared.ts';

/**
 * One set of example client descriptions (content/referral-examples/<set>.yaml): how professionals
 * describe a client in their own words, each with the services an experienced professional would
 * accept among the first results. The search indexes an example as a passage of each service it
 * accepts (never shown), so a new description that resembles it finds those services. The
 * held-out sets that measure the search stay apart, in tests/content-policy/search-quality/.
 */
export const referralExampleSetSchema = z
  .strictObject({
    about: plainText.describe('Who wrote the set, when and from what, and how it was split from its held-out half'),
    examples: z
      .array(
        z.strictObject({
          id: slug.describe('Identifier within the set, e.g. "d001"'),
          text: plainText.describe('The description as a professional would type it: one to three sentences'),
          accept: z.array(slug).min(1, { message: 'name at least one service an experienced professional would accept' }).describe('Service ids, best first'),
          namesService: z.boolean().describe('true when the text names a service or its key term'),
          note: plainText.optional().describe('For editors: why these services'),
        }),
      )
      .min(1, { message: 'a set needs at least one example' }),
  })
  .superRefine((set, context) => {
    const seen = new Set<string>();
    set.examples.forEach((example, index) => {
      if (seen.has(example.id)) context.addIssue({ code: 'custom', message: `duplicate example id "${example.id}"`, path: ['examples', index, 'id'] });
      seen.add(example.id);
    });
  });
export type ReferralExampleSet = z.output<typeof referralExampleSetSchema>;
