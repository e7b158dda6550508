/** Finnish normalisation: folding, the light stemmer, variant and typo matching, compounds. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze, boundedEditDistance, fold, isStopWord, sameUpToGradation, splitCompound, stem, stemsMatch, typoAllowance, words } from '@/lib/text/finnish';

describe('fold', () => {
  test.each([
    ['Työkyky', 'tyokyky'],
    ['ÄÖÅ äöå', 'aoa aoa'],
    ['Kelan TYÖKYKYNEUVOJA', 'kelan tyokykyneuvoja'],
    ['café', 'cafe'],
  ])('%s → %s', (input, expected) => expect(fold(input)).toBe(expected));
  test('the fast path for plain Finnish text folds as Unicode normalisation does', () => {
    const normalised = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    const finnish = fc.string({ unit: fc.constantFrom(...'abcxyzäöåÄÖÅ -:0'.split('')) });
    const mixed = fc.string({ unit: fc.oneof(fc.constantFrom(...'aäöåÅ'.split('')), fc.constantFrom('é', 'ü', 'š', 'ž', 'İ', 'ẞ', 'ǅ', 'A\u0308'), fc.string({ unit: 'grapheme', maxLength: 1 })) });
    fc.assert(fc.property(fc.oneof(finnish, mixed, fc.string({ unit: 'binary' })), (text) => fold(text) === normalised(text)));
  });
});

describe('stem', () => {
  test.each([
    ['mielenterveyskuntoutujalle', 'mielenterveyskuntoutuja'],
    ['tyokykykoordinaattorin', 'tyokykykoordinaattori'],
    ['kuntouttavaan', 'kuntouttava'],
    ['tyotoimintaan', 'tyotoiminta'],
    ['nuorelle', 'nuore'],
    ['nuoret', 'nuore'],
    ['valmistuvat', 'valmistuva'],
    ['tyottomana', 'tyottoma'],
    ['tyottomat', 'tyottoma'],
    ['tyohon', 'tyo'],
    ['kelan', 'kela'],
    ['typ', 'typ'],
    ['asiakkaansa', 'asiakkaa'],
  ])('%s → %s', (input, expected) => expect(stem(input)).toBe(expected));
});

describe('stemsMatch: forms of one word the stemmer left apart', () => {
  test.each([
    ['asiakas', 'asiakkaa', 0.85],
    ['nuori', 'nuore', 0.85],
    ['tyotoimin', 'tyotoiminta', 0.85],
    ['valmistuu', 'valmistuva', 0.85],
    ['kela', 'kela', 1],
    ['valmistuu', 'valmiu', 0],
    ['tyo', 'tyon', 0],
    ['kuntoutus', 'kuntouttava', 0],
  ])('%s ~ %s = %s', (a, b, expected) => expect(stemsMatch(a, b)).toBe(expected));
});

describe('boundedEditDistance and typo allowance', () => {
  test.each([
    ['koordinaattori', 'koordinaatori', 2, 1],
    ['pitkittynyt', 'pitkittnyt', 2, 1],
    ['kuntoutus', 'kuntuotus', 2, 1],
    ['kuntoutus', 'valmennus', 2, 3],
    ['abc', 'abcdef', 1, 2],
  ])('%s → %s (max %i) = %i', (a, b, max, expected) => expect(boundedEditDistance(a, b, max)).toBe(expected));
  // The banded computation agrees with the whole table: the true distance, or max + 1 above max.
  test('equals the full Damerau–Levenshtein table, capped at max + 1', () => {
    const fullDistance = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          const cost = a[i - 1] === b[j - 1] ? 0 : 1;
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      }
      return d[a.length]![b.length]!;
    };
    const word = fc.string({ unit: fc.constantFrom(...'aikostuä'.split('')), maxLength: 40 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        expect(boundedEditDistance(a, b, max)).toBe(Math.min(fullDistance(a, b), max + 1));
      }),
      { numRuns: 3000 },
    );
  });
  test.each([[4, 0], [5, 1], [8, 1], [9, 2]])('length %i allows %i', (length, allowance) => expect(typoAllowance(length)).toBe(allowance));
});

describe('splitCompound', () => {
  const vocabulary = new Set(['mielenterveys', 'kuntoutuja', 'tyo', 'hakija', 'valmennus', 'kyky', 'koordinaattori']);
  const known = (piece: string) => vocabulary.has(piece);
  test.each([
    ['mielenterveyskuntoutuja', ['mielenterveys', 'kuntoutuja']],
    ['tyonhakija', ['tyo', 'hakija']],
    ['tyohonvalmennus', ['tyo', 'valmennus']],
    ['tyokykykoordinaattori', ['tyo', 'kyky', 'koordinaattori']],
    ['sosiaalityo', []],
  ])('%s → %j', (word, parts) => expect(splitCompound(word, known)).toEqual(parts));
});

describe('analyze', () => {
  test('drops stop words and the filler of a typed situation, stems the rest', () => {
    expect(analyze('Asiakas tarvitsee kuntouttavaan työtoimintaan, joka on lähellä')).toEqual(['kuntouttava', 'tyotoiminta', 'lahe']);
  });
  test('stop words are folded', () => {
    expect(isStopWord('etta')).toBe(true);
    expect(isStopWord('kuntoutus')).toBe(false);
  });
  test('words keeps offsets into the original text', () => {
    expect(words('Työ- ja päivätoiminta')).toEqual([
      { word: 'Työ', start: 0, end: 3 },
      { word: 'ja', start: 5, end: 7 },
      { word: 'päivätoiminta', start: 8, end: 21 },
    ]);
  });
  test("an abbreviation's case ending after a colon is no word of its own", () => {
    expect(words('irtisanottu yt:ssä, apua cv:n kanssa AMK:sta').map((span) => span.word)).toEqual(['irtisanottu', 'yt', 'apua', 'cv', 'kanssa', 'AMK']);
    expect(words('yt:ssä')).toEqual([{ word: 'yt', start: 0, end: 2 }]);
    // Not an ending: a time, a capitalised word after a colon, a long word.
    expect(words('klo 8:30')).toHaveLength(3);
    expect(words('Huom:Tärkeää').map((span) => span.word)).toEqual(['Huom', 'Tärkeää']);
    expect(words('tavoite:työllistyminen').map((span) => span.word)).toEqual(['tavoite', 'työllistyminen']);
  });
});

describe('sameUpToGradation', () => {
  test.each([
    ['kuntoutustuki', 'kuntoutustuella'],
    ['saikku', 'saikulla'],
    ['eläke', 'eläkkeellä'],
    ['työkyky', 'työkyvyn'],
    ['hoito', 'hoidossa'],
    ['ranta', 'rannalla'],
  ])('%s and %s are one word', (a, b) => expect(sameUpToGradation(stem(fold(a)), stem(fold(b)))).toBe(true));
  test.each([
    ['työkokeilu', 'työkokemus'],
    ['koulu', 'koulutus'],
    // Too short to tell from other words.
    ['tuki', 'tuella'],
    ['apu', 'avulla'],
  ])('%s and %s are not', (a, b) => expect(sameUpToGradation(stem(fold(a)), stem(fold(b)))).toBe(false));
  test('symmetric', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'aeikkptuvy'.split('')), maxLength: 10 }), fc.string({ unit: fc.constantFrom(...'aeikkptuvy'.split('')), maxLength: 10 }), (a, b) => sameUpToGradation(a, b) === sameUpToGradation(b, a)));
  });
});
