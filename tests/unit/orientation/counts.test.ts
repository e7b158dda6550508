/** Orientation chapters get their count placeholders filled in every text field that accepts them. */
import { expect, test } from 'vitest';
import { fillChapterCounts } from '@/lib/orientation/counts';
import type { OrientationChapter } from '@/schemas/orientation';

test('fills title, summary, paragraphs, link labels, questions and answers; leaves the rest', () => {
  const chapter: OrientationChapter = {
    order: 1,
    title: '{wellbeingAreas} aluetta',
    summary: 'Alueita on {employmentAreas}.',
    paragraphs: ['Kuntia on {municipalities}.', 'Ei lukuja.'],
    links: [{ href: '/alueet/', label: '{employmentAreas} työllisyysaluetta' }],
    criteria: [],
    pathways: [],
    questions: [{ question: 'Montako kuntaa?', answer: '{municipalities}.' }],
    sources: [{ source: 'seed-a', lines: '1-5' }],
    verified: '2026-11-22',
  };
  expect(fillChapterCounts(chapter, { wellbeingAreas: 22, employmentAreas: 45, municipalities: 292 })).toEqual({
    ...chapter,
    title: '22 aluetta',
    summary: 'Alueita on 45.',
    paragraphs: ['Kuntia on 292.', 'Ei lukuja.'],
    links: [{ href: '/alueet/', label: '45 työllisyysaluetta' }],
    questions: [{ question: 'Montako kuntaa?', answer: '292.' }],
  });
});
