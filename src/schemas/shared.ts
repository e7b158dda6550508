/**
 * Building blocks shared by every collection schema. Each field explains itself to the person
 * editing YAML: messages say what is wrong and what to write instead.
 */
import { z } from 'astro/zod';
import { statuses } from './enums.ts';

/** Lowercase ASCII slug: letters, digits and single hyphens (`tyokyvyn-tuen-tiimi`). */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'must be a lowercase ASCII slug such as "tyokyvyn-tuen-tiimi" (a-z, 0-9, single hyphens)',
  })
  .describe('Identifier: lowercase ASCII letters, digits and hyphens');

/** Official 3-digit Statistics Finland municipality code, kept as a string ("049"). */
export const municipalityCode = z
  .string()
  .regex(/^\d{3}$/, { message: 'must be a 3-digit municipality code in quotes, e.g. "091"' })
  .describe('Statistics Finland municipality code, three digits');

/** A tag (or a comment, doctype, closing tag) anywhere in the text counts as markup. */
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>|<\s*(script|style|iframe)/i;
/** Schemes that run code or load data in a browser when used as a link target. */
const UNSAFE_SCHEME = /\b(javascript|vbscript|data)\s*:/i;

/** True when a string carries HTML markup or a script-running URL scheme. */
export function hasUnsafeMarkup(text: string): boolean {
  return MARKUP.test(text) || UNSAFE_SCHEME.test(text);
}

/**
 * Plain Finnish text shown on pages. Pages render it as text, but markup in content is still a
 * mistake (or an attack), so it fails the build rather than being shown as angle brackets.
 */
export const plainText = z
  .string()
  .trim()
  .min(1, { message: 'must not be empty' })
  .refine((text) => !hasUnsafeMarkup(text), {
    message: 'contains HTML markup or a javascript:/data: link; write plain text (Markdown links only in Markdown bodies)',
  });

/**
 * Counts that content text may write as placeholders, e.g. "työllisyysalueita on {employmentAreas}":
 * filled from the regional tables when the site is built, so a count is never typed twice.
 */
export const countPlaceholders = ['wellbeingAreas', 'employmentAreas', 'municipalities'] as const;
export type CountPlaceholder = (typeof countPlaceholders)[number];

/** Names written as `{name}` in a text, in order of appearance. */
export function placeholderNames(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
}

/** Plain text that may carry count placeholders; an unknown name fails with the names that exist. */
export const textWithCounts = plainText.superRefine((text, ctx) => {
  const unknown = placeholderNames(text).filter((name) => !(countPlaceholders as readonly string[]).includes(name));
  if (unknown.length === 0) return;
  ctx.addIssue({
    code: 'custom',
    message: `unknown placeholder ${unknown.map((name) => `{${name}}`).join(', ')}; the counts that exist are ${countPlaceholders.map((name) => `{${name}}`).join(', ')}`,
  });
});

/** An absolute https address. Anything else (http, javascript:, data:, relative) is refused. */
export const httpsUrl = z
  .url({ protocol: /^https$/, message: 'must be a full https:// address' })
  .refine((url) => !UNSAFE_SCHEME.test(url), { message: 'must be a full https:// address' })
  .describe('An https:// address');

/** ISO date (YYYY-MM-DD) kept as a string so YAML's own date parsing cannot shift it. */
export const isoDate = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD' }));

/** Line ranges in a seed file: "345-360", "12", "5-7, 40-44" (en dashes are accepted too). */
const lineRanges = z
  .union([z.string(), z.number().int().positive()])
  .transform((value) => String(value).replaceAll('–', '-').replace(/\s+/g, ' ').trim())
  .pipe(
    z.string().regex(/^\d+(-\d+)?(, ?\d+(-\d+)?)*$/, {
      message: 'lines must look like "345-360" or "12, 40-44"',
    }),
  );

/**
 * Where a fact comes from: a source id with line numbers, or a web address with the date it was
 * read. When neither shape fits, the message shows both, `read` included (the usual omission).
 */
export const sourceRef = z.union(
  [
    z.strictObject({
      source: slug.describe('Id of an entry in content/sources.yaml'),
      lines: lineRanges.optional().describe('Line numbers; required when the source is a seed file'),
      note: plainText.optional(),
    }),
    z.strictObject({
      url: httpsUrl,
      read: isoDate.describe('The date a person read the page (web pages change: say which version the facts are from)'),
      note: plainText.optional(),
    }),
  ],
  {
    error:
      'write a source as { source: <id>, lines: "10-20" }, or a web page as { url: https://…, read: YYYY-MM-DD } with the date you read it (and an optional note)',
  },
);
export type SourceRef = z.output<typeof sourceRef>;

/** Every entry must say where its facts come from: at least one source. */
export const sourceList = z
  .array(sourceRef)
  .min(1, { message: 'needs at least one source: { source: <id>, lines: "10-20" } or { url: https://… }' })
  .describe('Sources of the facts in this entry');

/** Whether a regional fact was stated by a source read, or deduced (SOURCES.md "confidence"). */
export const confidence = z.enum(['confirmed', 'inferred']);

/**
 * Where something applies. Editors may write `national` for the whole country, or list ids of
 * wellbeing areas, employment areas and municipality codes; code always sees the object form.
 */
export const regionRefs = z
  .union([
    z.literal('national'),
    z.strictObject({
      wellbeingAreas: z.array(slug).default([]),
      employmentAreas: z.array(slug).default([]),
      municipalities: z.array(municipalityCode).default([]),
    }),
  ])
  .transform((value) =>
    value === 'national'
      ? { national: true as const, wellbeingAreas: [], employmentAreas: [], municipalities: [] }
      : { national: false as const, ...value },
  );
export type RegionRefs = z.output<typeof regionRefs>;

/**
 * The identifier of a service or an organisation in Suomi.fi's service catalogue (PTV,
 * palvelutietovaranto): a UUID, as at the end of the entry's address on suomi.fi. Lower case.
 */
export const ptvId = z
  .string()
  .trim()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, {
    message:
      'a PTV id is the UUID at the end of the suomi.fi address, lower case, e.g. "d93be162-07a2-45f2-84b3-f794da852b58"',
  })
  .describe('Suomi.fi service catalogue (PTV) id: the UUID at the end of the entry on suomi.fi');

/** A number worth showing, kept as data with its source (client counts, budgets, NPS). */
export const figure = z.strictObject({
  label: plainText.describe('What is counted, in Finnish ("Asiakkaita")'),
  value: z.number().describe('The number itself'),
  unit: plainText.optional().describe('Unit, e.g. "€", "%", "asiakasta"'),
  period: plainText.optional().describe('When, e.g. "3/2022–11/2022"'),
  sources: sourceList,
});
export type Figure = z.output<typeof figure>;

/** Status of a service or operating model in the sources' time. */
export const status = z.enum(statuses);

/** Years as written in the source: "2020–2022", "2023–", "2016". */
export const years = z
  .union([z.string(), z.number().int()])
  .transform((value) => String(value).replaceAll('-', '–'))
  .pipe(z.string().regex(/^\d{4}(–(\d{4})?)?$/, { message: 'years must look like "2020–2022", "2023–" or "2016"' }));
