/** An orientation chapter with its count placeholders filled (the fields that accept them in src/schemas/orientation.ts). */
import type { OrientationChapter } from '../../schemas/orientation.ts';
import { fillCounts, type RegionCounts } from '../regions/counts.ts';

export function fillChapterCounts<C extends OrientationChapter>(chapter: C, counts: RegionCounts): C {
  const fill = (text: string) => fillCounts(text, counts);
  return {
    ...chapter,
    title: fill(chapter.title),
    summary: fill(chapter.summary),
    paragraphs: chapter.paragraphs.map(fill),
    links: chapter.links.map((link) => ({ ...link, label: fill(link.label) })),
    questions: chapter.questions.map((item) => ({ ...item, question: fill(item.question), answer: fill(item.answer) })),
  };
}
