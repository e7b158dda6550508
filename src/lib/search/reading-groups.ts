/**
 * The readings of a description as the page lists them ("Tunnistettu:"): one per situation or
 * target group, except that an age and the situations it signals ("24v": alle 25, alle 30, 16–29)
 * are one reading, shown, dropped and restored together.
 */
import type { ReadingKey, Understood, UnderstoodConcept } from './referral-search.ts';

/** An age read from the text with the keys of the situations it signals. */
export interface AgeGroup {
  kind: 'age';
  phrase: string;
  keys: ReadingKey[];
}

export interface ReadingGroups {
  /** Readings in use, in the order they were read (an age where its first situation was). */
  inUse: (UnderstoodConcept | AgeGroup)[];
  /** Dropped readings: single keys, and the age as one. */
  dropped: (ReadingKey | AgeGroup)[];
}

export function readingGroups(understood: Understood): ReadingGroups {
  const age = understood.age;
  const ageKeys = new Set<string>(age?.keys ?? []);
  const inUse: (UnderstoodConcept | AgeGroup)[] = [];
  const used = understood.concepts.filter((concept) => ageKeys.has(concept.key)).map((concept) => concept.key);
  for (const concept of understood.concepts) {
    if (!ageKeys.has(concept.key)) inUse.push(concept);
    else if (age !== undefined && concept.key === used[0]) inUse.push({ kind: 'age', phrase: age.phrase, keys: used });
  }
  const droppedAge = understood.dropped.filter((key) => ageKeys.has(key));
  const dropped: (ReadingKey | AgeGroup)[] = understood.dropped.filter((key) => !ageKeys.has(key));
  if (age !== undefined && droppedAge.length > 0) dropped.push({ kind: 'age', phrase: age.phrase, keys: droppedAge });
  return { inUse, dropped };
}

/** A reading key's kind and id ("place:905" → place, 905; the id is everything after the first colon). */
export function readingKeyParts(key: string): { kind: string; id: string } {
  const colon = key.indexOf(':');
  return { kind: key.slice(0, colon), id: key.slice(colon + 1) };
}
