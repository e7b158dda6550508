/** The search's input from the content: leaving one set of example descriptions out (cross-validation). */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkContent } from '@/content-check/index.ts';
import { collectionsFromEntries, indexInput, withoutExampleSet } from '@/lib/search/input';

const collections = collectionsFromEntries(checkContent(join(import.meta.dirname, '..', '..', '..', 'content')).entries);

test("leaving out one example set drops exactly that set's examples from the index input", () => {
  const left = collections.referralExamples[0]!;
  const rest = withoutExampleSet(collections, left.id);
  expect(rest.referralExamples.map((set) => set.id)).toEqual(collections.referralExamples.map((set) => set.id).filter((id) => id !== left.id));
  expect(indexInput(rest).examples).toHaveLength((indexInput(collections).examples?.length ?? 0) - left.examples.length);
  expect(rest.services).toBe(collections.services);
});
