/** A client's age against criteria that require an age range. */
import { describe, expect, test } from 'vitest';
import { ruledOutByAge } from '@/lib/search/age-fit';
import type { FinderCriteria } from '@/lib/search/finder';
import type { ConceptDoc } from '@/lib/search/model';

const situations: ConceptDoc[] = [
  { id: 'ika-16-29', label: '16–29-vuotias', cues: [], ages: { min: 16, max: 29 } },
  { id: 'alle-25', label: 'alle 25-vuotias', cues: [], ages: { max: 24 } },
  { id: 'tayttanyt-55', label: 'täyttänyt 55', cues: [], ages: { min: 55 } },
  { id: 'tyoton', label: 'työtön', cues: [] },
];
const item = (id: string, situationIds: string[], force: 'required' | 'preferred' = 'required') => ({ id, text: id, situations: situationIds, force, instead: [] });
const criteria: FinderCriteria[] = [
  { id: 'nuoret', title: 'Nuorille', appliesTo: ['nuorten-palvelu'], items: [item('ika', ['ika-16-29']), item('tyoton', ['tyoton'])] },
  { id: 'kaksi-rajaa', title: 'Nuoret tai ikääntyneet', appliesTo: ['kaksi'], items: [item('ika', ['alle-25', 'tayttanyt-55'])] },
  { id: 'toivottu', title: 'Suositeltu ikä', appliesTo: ['suositus'], items: [item('ika', ['ika-16-29'], 'preferred')] },
  { id: 'ika-ja-muu', title: 'Ikä ja tilanne', appliesTo: ['yhdistelma'], items: [item('ika-ja-tyoton', ['alle-25', 'tyoton'])] },
];
const out = (age: number) => [...ruledOutByAge(age, criteria, situations).keys()].sort();

describe('ruledOutByAge', () => {
  test('an age outside every range of a required age item rules the service out', () => {
    expect(out(52)).toEqual(['kaksi', 'nuorten-palvelu']);
  });
  test('an age inside the range, or inside any one of several ranges, keeps it', () => {
    expect(out(22)).toEqual([]);
    expect(out(60)).toEqual(['nuorten-palvelu']);
    expect(out(27)).toEqual(['kaksi']);
  });
  test('a preferred age, or a required item that says more than an age, rules nothing out', () => {
    for (const age of [10, 40, 90]) {
      expect(out(age)).not.toContain('suositus');
      expect(out(age)).not.toContain('yhdistelma');
    }
  });
  test('each service comes with the text of the item that rules it out, to show as the reason', () => {
    expect(ruledOutByAge(52, criteria, situations).get('nuorten-palvelu')).toBe('ika');
  });

  test('the bounds are inclusive', () => {
    expect(out(29)).not.toContain('nuorten-palvelu');
    expect(out(30)).toContain('nuorten-palvelu');
    expect(out(16)).not.toContain('nuorten-palvelu');
  });
});
