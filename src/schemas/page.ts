import { z } from 'astro/zod';
import { plainText, sourceList, sourceRef } from './shared.ts';

/** A short note a page shows, optionally pointing at a place in a source (the lost "Kuva 4" on /mokkikyla/). */
const pageNote = z.strictObject({
  text: plainText.describe('The note, in your own words'),
  cite: z
    .strictObject({
      label: plainText.describe('Words before the citation, e.g. "Kuvan paikka lähteessä:"'),
      ref: sourceRef.describe('The place in a source the note is about'),
    })
    .optional()
    .describe('Shown after the text: the label, the source and its lines'),
});

/**
 * The sources (and short notes) of a page that is not itself an entry: content/pages/<page-id>.yaml,
 * where the page id is what the page asks for (`mokkikyla`, `alueet`, `aluesivu` for every area page).
 * The page shows `sources` in its "Lähteet" section.
 */
export const pageSchema = z.strictObject({
  sources: sourceList.describe('Sources of what the page says, listed under "Lähteet"'),
  notes: z.array(pageNote).default([]).describe('Short notes the page shows, in this order'),
});
export type Page = z.output<typeof pageSchema>;
