import { describe, expect, test } from 'vitest';
import { actsNow, historyNotice, splitByHistory } from '@/lib/catalog/history';

const teOffice = { id: 'te-toimisto', historical: 'abolished', historicalSince: '1.1.2025', replacedBy: ['tyollisyysalue'] } as const;
const maakunta = { id: 'maakunta', historical: 'never-established', replacedBy: ['hyvinvointialue', 'tyollisyysalue'] } as const;
const kela = { id: 'kela' } as const;

describe('historyNotice', () => {
  test.each([
    [teOffice, { kind: 'abolished', since: '1.1.2025', replacedBy: ['tyollisyysalue'] }],
    [maakunta, { kind: 'never-established', since: undefined, replacedBy: ['hyvinvointialue', 'tyollisyysalue'] }],
    [kela, undefined],
  ])('%o', (actor, expected) => {
    expect(historyNotice(actor)).toEqual(expected);
  });

  test('a past actor without successors says so with an empty list', () => {
    expect(historyNotice({ id: 'x', historical: 'abolished' })?.replacedBy).toEqual([]);
  });
});

describe('the split between actors of now and of the past', () => {
  test('only actors without history act now', () => {
    expect([teOffice, maakunta, kela].map(actsNow)).toEqual([false, false, true]);
  });

  test('keeps the order within each part', () => {
    const items = [{ item: kela }, { item: teOffice }, { item: { id: 'thl' } }, { item: maakunta }];
    const { present, past } = splitByHistory(items, (entry) => entry.item);
    expect(present.map((entry) => entry.item.id)).toEqual(['kela', 'thl']);
    expect(past.map((entry) => entry.item.id)).toEqual(['te-toimisto', 'maakunta']);
  });
});
