/** The referral view's URL state: parsed with zod, unknown values dropped and reported. */
import { describe, expect, test } from 'vitest';
import { checkChosen, parseReferralState, serializeReferralState, type KnownValues } from '@/lib/search/url-state';

const known: KnownValues = {
  targetGroups: new Set(['nuoret']),
  providerKinds: new Set(['sote', 'kela']),
  levels: new Set(['porras-tyotoiminta']),
  regions: new Set(['pohjois-karjala', '167']),
  situations: new Set(['a', 'b']),
  services: new Set(['ips']),
};

describe('parseReferralState', () => {
  test('reads every parameter', () => {
    expect(parseReferralState('?q=kuntouttava%20ty%C3%B6toiminta&ryhma=nuoret&toimija=kela&porras=porras-tyotoiminta&alue=167&tilanne=a,b&valitut=ips', known)).toEqual({
      state: {
        q: 'kuntouttava työtoiminta',
        targetGroup: 'nuoret',
        providerKind: 'kela',
        level: 'porras-tyotoiminta',
        region: '167',
        situations: ['a', 'b'],
        chosen: ['ips'],
      },
      ignored: [],
    });
  });

  test.each([
    ['?ryhma=tuntematon', { param: 'ryhma', value: 'tuntematon' }],
    ['?alue=<script>', { param: 'alue', value: '<script>' }],
    ['?tilanne=a,zz', { param: 'tilanne', value: 'zz' }],
    ['?toimija=SOTE', { param: 'toimija', value: 'SOTE' }],
  ])('%s: the unknown value is ignored and reported', (search, ignored) => {
    expect(parseReferralState(search, known).ignored).toEqual([ignored]);
  });

  test('an empty or missing URL gives the empty state', () => {
    expect(parseReferralState('', known)).toEqual({
      state: { q: '', targetGroup: undefined, providerKind: undefined, level: undefined, region: undefined, situations: [], chosen: [] },
      ignored: [],
    });
  });

  test('the query is trimmed, whitespace collapsed, length capped', () => {
    expect(parseReferralState(`?q=${encodeURIComponent('  a   b  ')}`, known).state.q).toBe('a b');
    expect(parseReferralState(`?q=${'x'.repeat(500)}`, known).state.q).toHaveLength(300);
  });
});

describe('dropped readings (pois)', () => {
  test('well-formed keys of known values are kept, each once, in order', () => {
    expect(parseReferralState('?q=x&pois=situation:a,place:167,targetGroup:nuoret,language:sv,situation:a', known)).toMatchObject({
      state: { dropped: ['situation:a', 'place:167', 'targetGroup:nuoret', 'language:sv'] },
      ignored: [],
    });
  });

  test.each([
    ['?pois=situation:zz', 'situation:zz'],
    ['?pois=place:999', 'place:999'],
    ['?pois=colour:red', 'colour:red'],
    ['?pois=language:swedish', 'language:swedish'],
    ['?pois=situation', 'situation'],
    ['?pois=situation:<b>', 'situation:<b>'],
  ])('%s: ignored and reported', (search, value) => {
    const parsed = parseReferralState(search, known);
    expect(parsed.state.dropped).toBeUndefined();
    expect(parsed.ignored).toEqual([{ param: 'pois', value }]);
  });

  test('round-trips with readable commas and colons', () => {
    const state = { q: 'vaasalainen nuori', situations: [], chosen: [], dropped: ['place:167', 'targetGroup:nuoret'] };
    const text = serializeReferralState(state);
    expect(text).toBe('?q=vaasalainen+nuori&pois=place:167,targetGroup:nuoret');
    expect(parseReferralState(text, known).state).toMatchObject(state);
    expect(parseReferralState('?pois=place%3A167', known).state.dropped).toEqual(['place:167']);
  });

  test('no dropped readings, no parameter', () => {
    expect(serializeReferralState({ q: 'a', situations: [], chosen: [], dropped: [] })).toBe('?q=a');
  });
});

describe('chosen services before and after the index has loaded', () => {
  const loading: KnownValues = { ...known, services: undefined };
  test('while loading, well-formed ids are kept and malformed ones reported', () => {
    expect(parseReferralState('?valitut=ips,ei-ole,<x>', loading)).toMatchObject({ state: { chosen: ['ips', 'ei-ole'] }, ignored: [{ param: 'valitut', value: '<x>' }] });
  });
  test('checkChosen keeps the ids the index lists and reports the rest', () => {
    expect(checkChosen(['ips', 'ei-ole'], new Set(['ips']))).toEqual({ chosen: ['ips'], ignored: [{ param: 'valitut', value: 'ei-ole' }] });
  });
});

describe('serializeReferralState', () => {
  test('round-trips, omitting empty parts', () => {
    const state = { q: 'nuori valmistuu', region: 'pohjois-karjala', situations: ['a', 'b'], chosen: [] };
    const text = serializeReferralState(state);
    expect(text).toBe('?q=nuori+valmistuu&alue=pohjois-karjala&tilanne=a,b');
    expect(parseReferralState(text, known).state).toMatchObject(state);
  });
  test('the empty state is the bare page', () => {
    expect(serializeReferralState({ q: ' ', situations: [], chosen: [] })).toBe('');
  });
});
