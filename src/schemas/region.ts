import { z } from 'astro/zod';
import { confidence, httpsUrl, municipalityCode, plainText, slug, sourceList } from './shared.ts';

/** A mainland municipality. content/regions/municipalities.yaml (the table every overlap is derived from). */
export const municipalitySchema = z.strictObject({
  code: municipalityCode,
  name: plainText.describe('Finnish name'),
  nameSv: plainText.describe('Swedish name (Statistics Finland; an exonym for monolingual Finnish municipalities)'),
  region: plainText.describe('Region (maakunta), Finnish name'),
  wellbeingArea: slug.describe('Id of its wellbeing area'),
  employmentArea: slug.describe('Id of its employment area'),
});
export type Municipality = z.output<typeof municipalitySchema>;

/** One of the 22 organisers of social and health services. content/regions/wellbeing-areas.yaml. */
export const wellbeingAreaSchema = z.strictObject({
  id: slug,
  code: z.string().regex(/^\d{2}$/, { message: 'code must be two digits in quotes, e.g. "01"' }),
  codeConfidence: confidence.describe('The zero padding of the code is inferred'),
  name: plainText,
  nameSv: plainText,
  shortName: plainText.optional().describe('Brand or short name, e.g. "Varha"'),
  shortNameConfidence: confidence.optional(),
  note: plainText.optional(),
  noteConfidence: confidence.optional(),
  sources: sourceList,
});
export type WellbeingArea = z.output<typeof wellbeingAreaSchema>;

/** One of the 45 organisers of public employment services since 1.1.2025. content/regions/employment-areas.yaml. */
export const employmentAreaSchema = z
  .strictObject({
    id: slug,
    statfiCode: z.number().int().min(1).max(45).describe('Statistics Finland code 1–45'),
    name: plainText,
    nameSv: plainText,
    model: z.enum(['vastuukunta', 'single-municipality', 'kuntayhtyma']),
    leadMunicipality: municipalityCode.nullable().describe('Code of the lead municipality; null for a kuntayhtymä'),
    leadConfidence: confidence.nullable(),
    leadNote: plainText.optional(),
    municipalities: z.array(municipalityCode).min(1),
    sourceUrl: httpsUrl,
    sources: sourceList,
  })
  .refine((area) => (area.leadMunicipality === null) === (area.model === 'kuntayhtyma'), {
    message: 'a kuntayhtymä has leadMunicipality: null; every other model names its lead municipality',
    path: ['leadMunicipality'],
  });
export type EmploymentArea = z.output<typeof employmentAreaSchema>;
