/**
 * The content gate: the base fixture passes; every kind of bad input is rejected with a message
 * that names the file, the entry (in list files) and the field.
 */
import { describe, expect, test } from 'vitest';
import { checkContent, formatProblem } from '@/content-check/index.ts';
import { markdownBodyProblems } from '@/content-check/validate-entries.ts';
import { badFixtures, contentFolder } from './content-fixtures';

describe('content gate', () => {
  test('the valid base fixture has no problems', () => {
    const { problems, entries } = checkContent(contentFolder());
    expect(problems.map(formatProblem)).toEqual([]);
    expect(entries.services.size).toBe(2);
    expect(entries.municipalities.get('002')?.data.employmentArea).toBe('tyo-b');
  });

  test('a Markdown service keeps its body and takes its id from the file name', () => {
    const { entries } = checkContent(contentFolder());
    expect(entries.services.get('konsultaatio')?.file).toBe('content/services/konsultaatio.md');
  });

  test('short forms are normalised: "national" regions, en dashes in years and lines', () => {
    const { entries } = checkContent(contentFolder());
    const service = entries.services.get('konsultaatio')?.data;
    expect(service?.regions).toEqual({ national: true, wellbeingAreas: [], employmentAreas: [], municipalities: [] });
    expect(entries.services.get('tiimi')?.data.offerings[0]?.years).toBe('2022–2023');
  });

  test.each(badFixtures())('rejects $kind', ({ kind, expected }) => {
    const messages = checkContent(contentFolder(kind)).problems.map(formatProblem);
    expect(messages.length, `${kind} produced no problem`).toBeGreaterThan(0);
    expect(messages.some((message) => message.includes(expected)), messages.join('\n')).toBe(true);
  });

  test('a bad fixture does not hide problems in other files', () => {
    const messages = checkContent(contentFolder('unknown-reference')).problems.map(formatProblem);
    expect(messages).toEqual(['content/services/tuntematon-viite.yaml: actors[1].actor "kela-x" is not an actor id']);
  });
});

describe('Markdown bodies', () => {
  test.each([
    ['plain text', 'Tavallinen **teksti**.', false],
    ['site link', '[tiimi](/palvelut/tiimi/)', false],
    ['https link', '[THL](https://thl.fi/)', false],
    ['code is shown literally', 'Kirjoita `<script>` koodina.', false],
    ['http link', '[sivu](http://example.org/)', true],
    ['javascript link', '[x](javascript:alert(1))', true],
    ['inline tag', 'Teksti <span>jossa</span> tagi', true],
    ['comment', '<!-- kommentti -->', true],
  ] as const)('%s: flagged %s', (_, body, flagged) => {
    expect(markdownBodyProblems(body).length > 0).toBe(flagged);
  });
});
