/** The client-situation finder over small literal criteria lists. */
import { describe, expect, test } from 'vitest';
import { matchSituations, nextChecks, type FinderCriteria } from '@/lib/search/finder';

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
