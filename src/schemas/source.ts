import { z } from 'astro/zod';
import { httpsUrl, isoDate, plainText, slug } from './shared.ts';

/** One source document: a seed file, a web page or a dataset. Listed in content/sources.yaml. */
export const sourceSchema = z
  .strictObject({
    id: slug,
    title: plainText.describe('Title of the document as published'),
    publisher: plainText.describe('Organisation that published it (no personal names)'),
    date: plainText.describe('Publication date or year as given, e.g. "30.5.2024" or "2022"'),
    kind: z.enum(['seed', 'web', 'dataset']).describe('seed = one of the project source documents'),
    seedFile: z
      .string()
      .regex(/^\d{3}_[0-9a-f]{16}\.txt$/, { message: 'seedFile must be a seed file name like 000_6065ebe6b586c45c.txt' })
      .optional(),
    lineCount: z.number().int().positive().optional().describe('Number of lines in the seed file; citations past it fail'),
    url: httpsUrl.optional(),
    path: z.string().regex(/^[\w./-]+$/).optional().describe('A file in this repository, for project documents'),
    licence: plainText.optional().describe('Licence, e.g. "CC BY 4.0"'),
    description: plainText.describe('What the document is, in one or two Finnish sentences'),
    checked: isoDate.optional().describe('When a person last checked the source'),
  })
  .refine((source) => source.kind !== 'seed' || source.seedFile !== undefined, {
    message: 'a seed source needs seedFile',
    path: ['seedFile'],
  })
  .refine((source) => source.kind === 'seed' || source.url !== undefined || source.path !== undefined, {
    message: 'a web or dataset source needs url (or path, for a file in this repository)',
    path: ['url'],
  });
export type Source = z.output<typeof sourceSchema>;
