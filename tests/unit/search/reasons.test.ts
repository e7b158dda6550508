/** The result card's "Miksi:" line: plain words, at most two kinds of reason, never points. */
import { describe, expect, test } from 'vitest';
import { whyLine } from '@/components/search/reasons';

const reasons = (extra: Partial<{ situations: string[]; targetGroups: string[]; words: string[]; excluded: string }>) => ({
  situations: [],
  targetGroups: [],
  words: [],
  ...extra,
});

describe('whyLine', () => {
  test.each([
    [{ situations: ['Asiakkaalla on mielenterveyden haasteita'] }, 'Sopii tilanteeseen: Asiakkaalla on mielenterveyden haasteita'],
    [{ targetGroups: ['Nuoret', 'Mielenterveyskuntoutujat'] }, 'Kohderyhmät: Nuoret, Mielenterveyskuntoutujat'],
    [{ words: ['masentunut', 'ammattikoulu'] }, 'Osuvat sanat: masentunut, ammattikoulu'],
    [
      { situations: ['Työttömyys on pitkittynyt'], targetGroups: ['Nuoret'], words: ['masentunut'] },
      'Sopii tilanteeseen: Työttömyys on pitkittynyt · Kohderyhmä: Nuoret',
    ],
    [{ targetGroups: ['Nuoret'], words: ['masentunut'] }, 'Kohderyhmä: Nuoret · Osuvat sanat: masentunut'],
    [{ situations: ['A', 'B', 'C', 'D'] }, 'Sopii tilanteisiin: A, B (+2 muuta)'],
  ])('%j → %s', (given, expected) => {
    expect(whyLine({ fits: true, reasons: reasons(given) })).toBe(expected);
  });

  test('a service an excludes criterion rules out says so plainly, with one other reason', () => {
    expect(whyLine({ fits: false, reasons: reasons({ situations: ['A'], words: ['x'], excluded: 'Asiakkaalla on työsuhde.' }) })).toBe(
      'Sopii tilanteeseen: A · Ei ehkä sovi: Asiakkaalla on työsuhde.',
    );
  });

  test('nothing to say, no line', () => {
    expect(whyLine({ fits: true, reasons: reasons({}) })).toBeUndefined();
  });

  test('never points', () => {
    const line = whyLine({ fits: true, reasons: reasons({ situations: ['A'], targetGroups: ['B'], words: ['c'] }) });
    expect(line).not.toMatch(/piste|\d/);
  });
});
