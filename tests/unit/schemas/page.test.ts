/** The pages collection: a valid example and the messages an editor sees. */
import { describe, expect, test } from 'vitest';
import { pageSchema } from '@/schemas/page';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('pageSchema', () => {
  test('a page with sources and a cited note', () => {
    const page = {
      sources: [{ source: 'seed-a', lines: '1-5' }],
      notes: [{ text: 'Kuva puuttuu.', cite: { label: 'Kuvan paikka:', ref: { source: 'seed-a', lines: '3–4' } } }],
    };
    expect(pageSchema.parse(page)).toEqual({ ...page, notes: [{ ...page.notes[0], cite: { label: 'Kuvan paikka:', ref: { source: 'seed-a', lines: '3-4' } } }] });
    expect(pageSchema.parse({ sources: page.sources }).notes).toEqual([]);
  });

  test('no sources, a misspelt key', () => {
    expect(messages(pageSchema.safeParse({ sources: [], note: [] }))).toMatchInlineSnapshot(`
      [
        "sources: needs at least one source: { source: <id>, lines: "10-20" } or { url: https://… }",
        ": Unrecognized key: "note"",
      ]
    `);
  });
});
