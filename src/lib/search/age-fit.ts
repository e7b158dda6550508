/**
 * An age read from a description against criteria that set an age: a service whose referral
 * criteria require an age range ("16–29-vuotias") that the client's age is outside does not fit,
 * however well its words match ("52-vuotias" is no client of a youth service).
 */
import type { FinderCriteria } from './finder.ts';
import type { ConceptDoc } from './model.ts';

/** The services that a required age item rules out for a client of `age` years, each with that item's text (the reason shown). */
export function ruledOutByAge(age: number, criteria: readonly FinderCriteria[], situations: readonly ConceptDoc[]): Map<string, string> {
  const ranges = new Map(situations.flatMap((situation) => (situation.ages === undefined ? [] : [[situation.id, situation.ages] as const])));
  const holds = (id: string) => {
    const { min = 0, max = 200 } = ranges.get(id) ?? {};
    return age >= min && age <= max;
  };
  const out = new Map<string, string>();
  for (const list of criteria) {
    for (const item of list.items) {
      // Only an item that is about age alone: "alle 25-vuotias ja pitkään työttömänä" says more than an age.
      if (item.force !== 'required' || item.situations.length === 0 || !item.situations.every((id) => ranges.has(id))) continue;
      if (!item.situations.some(holds)) for (const service of list.appliesTo) if (!out.has(service)) out.set(service, item.text);
    }
  }
  return out;
}
