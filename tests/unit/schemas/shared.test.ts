/** Count placeholders in content text: what is accepted, and the message an editor sees. */
import { describe, expect, test } from 'vitest';
import { textWithCounts } from '@/schemas/shared';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('textWithCounts', () => {
  test.each(['Alueita on {wellbeingAreas}.', '{employmentAreas} ja {municipalities}', 'Ei lukuja.'])('accepts %j', (text) => {
    expect(textWithCounts.parse(text)).toBe(text);
  });

  test('an unknown placeholder names the ones that exist', () => {
    expect(messages(textWithCounts.safeParse('{alueet} ja {kunnat}'))).toMatchInlineSnapshot(`
      [
        ": unknown placeholder {alueet}, {kunnat}; the counts that exist are {wellbeingAreas}, {employmentAreas}, {municipalities}",
      ]
    `);
  });
});
