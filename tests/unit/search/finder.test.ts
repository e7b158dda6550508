/** The client-situation finder over small literal criteria lists. */
import { describe, expect, test } from 'vitest';
import { compareMatches, matchSituations, metSituations, nextChecks, rankMatches, type FinderCriteria, type FinderMatch } from '@/lib/search/finder';

const criteria: FinderCriteria[] = [
  {
    id: 'tiimi-kenelle',
    title: 'Milloin tiimiin',
    appliesTo: ['tiimi'],
    items: [
      { id: 'monta-toimijaa', text: 'Tarvitaan monen toimijan tukea.', situations: ['monta-toimijaa'], force: 'required', instead: [] },
      { id: 'pitkittynyt', text: 'Työttömyys on pitkittynyt.', situations: ['tyottomyys-pitkittyy'], force: 'preferred', instead: [] },
      { id: 'tyosuhde', text: 'Asiakkaalla on työsuhde.', situations: ['tyosuhteessa'], force: 'excludes', instead: ['tyoterveys'] },
    ],
  },
  {
    id: 'ktt-kenelle',
    title: 'Kuntouttava työtoiminta kenelle',
    appliesTo: ['ktt', 'tyotoiminta'],
    items: [
      { id: 'pitkaan', text: 'Pitkään työttömänä.', situations: ['tyottomyys-pitkittyy'], force: 'required', instead: [] },
      { id: 'arki', text: 'Arjen hallinta vaatii tukea.', situations: ['arki-vaikeaa'], force: 'preferred', instead: [] },
    ],
  },
];

const summary = (ticked: string[]) =>
  matchSituations(ticked, criteria).map((m) => ({
    service: m.service,
    score: m.score,
    fits: m.fits,
    why: [...m.required, ...m.preferred].map((i) => i.item),
    not: m.excludes.map((i) => i.item),
    instead: m.instead,
    toCheck: m.toCheck.map((i) => i.item),
  }));

describe('matchSituations', () => {
  test('nothing ticked, nothing ranked', () => {
    expect(matchSituations([], criteria)).toEqual([]);
  });

  test('a required match outranks a preferred one, and says why', () => {
    expect(summary(['tyottomyys-pitkittyy'])).toMatchInlineSnapshot(`
      [
        {
          "fits": true,
          "instead": [],
          "not": [],
          "score": 3,
          "service": "ktt",
          "toCheck": [],
          "why": [
            "pitkaan",
          ],
        },
        {
          "fits": true,
          "instead": [],
          "not": [],
          "score": 3,
          "service": "tyotoiminta",
          "toCheck": [],
          "why": [
            "pitkaan",
          ],
        },
        {
          "fits": true,
          "instead": [],
          "not": [],
          "score": 1,
          "service": "tiimi",
          "toCheck": [
            "monta-toimijaa",
          ],
          "why": [
            "pitkittynyt",
          ],
        },
      ]
    `);
  });

  test('an excludes item puts the service last and names what to consider instead', () => {
    const result = summary(['monta-toimijaa', 'tyosuhteessa']);
    expect(result).toEqual([
      { service: 'tiimi', score: 3, fits: false, why: ['monta-toimijaa'], not: ['tyosuhde'], instead: ['tyoterveys'], toCheck: [] },
    ]);
  });

  test.each([
    [['arki-vaikeaa'], ['ktt', 'tyotoiminta']],
    [['tuntematon'], []],
    [['tyottomyys-pitkittyy', 'arki-vaikeaa', 'monta-toimijaa'], ['ktt', 'tiimi', 'tyotoiminta']],
  ])('%j ranks %j', (ticked, expected) => {
    expect(matchSituations(ticked, criteria).map((m) => m.service)).toEqual(expected);
  });

  test('matched items say which ticked situations they matched', () => {
    const [first] = matchSituations(['arki-vaikeaa'], criteria);
    expect(first?.preferred[0]).toMatchObject({ criteria: 'ktt-kenelle', criteriaTitle: 'Kuntouttava työtoiminta kenelle', situations: ['arki-vaikeaa'] });
  });
});

describe('nextChecks', () => {
  test('lists the unticked required items of the top services once', () => {
    const matches = matchSituations(['arki-vaikeaa', 'tyottomyys-pitkittyy'], criteria);
    expect(nextChecks(matches).map((item) => item.text)).toEqual(['Tarvitaan monen toimijan tukea.']);
  });
  test('skips services that do not fit', () => {
    expect(nextChecks(matchSituations(['tyosuhteessa', 'tyottomyys-pitkittyy'], criteria)).map((i) => i.item)).toEqual([]);
  });
});

describe('rankMatches: the display order and its tie-break', () => {
  const match = (service: string, extra: { fits?: boolean; score?: number; required?: number; preferred?: number; toCheck?: number }): FinderMatch => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => ({ criteria: 'c', criteriaTitle: 'C', item: `${service}-${i}`, text: '', force: 'required' as const, situations: [], instead: [] }));
    return {
      service,
      fits: extra.fits ?? true,
      score: extra.score ?? 3,
      required: items(extra.required ?? 0),
      preferred: items(extra.preferred ?? 0),
      excludes: [],
      instead: [],
      toCheck: items(extra.toCheck ?? 0),
    };
  };
  const names: Record<string, string> = { a: 'Örkki', b: 'Aalto', c: 'Bertta', d: 'Cecilia', e: 'Ääni' };
  const nameOf = (id: string) => names[id] ?? id;

  test.each([
    ['fitting first', [match('a', { fits: false, score: 9 }), match('b', { score: 1 })], ['b', 'a']],
    ['higher score first', [match('a', { score: 1 }), match('b', { score: 4 })], ['b', 'a']],
    ['same score: more required met first', [match('a', { required: 0, preferred: 3 }), match('b', { required: 1 })], ['b', 'a']],
    ['then fewer unmet required items', [match('a', { required: 1, toCheck: 2 }), match('b', { required: 1, toCheck: 0 })], ['b', 'a']],
    ['then more preferred', [match('a', { required: 1, preferred: 0 }), match('b', { required: 1, preferred: 1 })], ['b', 'a']],
    ['then the name in Finnish order (Ä and Ö last)', [match('a', {}), match('e', {}), match('c', {}), match('b', {})], ['b', 'c', 'e', 'a']],
  ])('%s', (_, matches, expected) => {
    expect(rankMatches(matches, nameOf).map((m) => m.service)).toEqual(expected);
  });

  test('is a consistent comparison (antisymmetric) and leaves its input alone', () => {
    const list = [match('a', { required: 1 }), match('b', { required: 1, toCheck: 1 })];
    expect(Math.sign(compareMatches(list[0]!, list[1]!, nameOf))).toBe(-Math.sign(compareMatches(list[1]!, list[0]!, nameOf)));
    rankMatches(list, nameOf);
    expect(list.map((m) => m.service)).toEqual(['a', 'b']);
  });

  test('over the real matcher: score first, a tie (ktt, tyotoiminta share a list) by name', () => {
    const ranked = rankMatches(matchSituations(['tyottomyys-pitkittyy'], criteria), (id) => ({ ktt: 'Kuntouttava työtoiminta', tyotoiminta: 'Työtoiminta', tiimi: 'Tiimi' })[id] ?? id);
    expect(ranked.map((m) => m.service)).toEqual(['ktt', 'tyotoiminta', 'tiimi']);
  });
});

describe('metSituations', () => {
  test('the ticked situations required and preferred, each once', () => {
    const [tiimi] = matchSituations(['monta-toimijaa', 'tyottomyys-pitkittyy'], criteria).filter((m) => m.service === 'tiimi');
    expect(tiimi && metSituations(tiimi)).toEqual({ required: ['monta-toimijaa'], preferred: ['tyottomyys-pitkittyy'] });
  });
});
