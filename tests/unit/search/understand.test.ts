/** Reading a professional's description: cues, negation, places, languages and ages. Readings come in the order of the words that signalled them (cues before lexicon words at the same place). */
import { describe, expect, test } from 'vitest';
import { findLanguage } from '@/lib/search/language-mention';
import { createPlaceFinder, type Place } from '@/lib/search/place-mention';
import { compileReading, readAge, readDescription, wordMatches } from '@/lib/search/understand';

const table = compileReading(
  [
    { kind: 'situation', id: 'mielenterveys', cues: ['masentunut', 'masennus'] },
    { kind: 'situation', id: 'paihteet', cues: ['päihteet', 'huumetausta'] },
    { kind: 'situation', id: 'ei-ilmoittautunut', cues: ['ei ole ilmoittautunut työnhakijaksi'] },
    { kind: 'situation', id: 'koulu-kesken', cues: ['koulu jäi kesken'] },
    { kind: 'situation', id: 'haluaa-toihin', cues: ['haluaa töihin'] },
    { kind: 'targetGroup', id: 'nuoret', cues: ['nuori'] },
  ],
  [{ words: ['amis', 'ammattikoulu'], terms: ['ammatillinen koulutus'], situations: [], targetGroups: ['nuoret'] }],
);
const ids = (text: string) => readDescription(text, table).concepts.map((concept) => concept.id);

describe('readDescription', () => {
  test.each([
    ['Masentunut nuori', ['mielenterveys', 'nuoret']],
    ['masentuneena kotona', ['mielenterveys']],
    ['ammattikoulu jäi kesken ja masennusta', ['koulu-kesken', 'nuoret', 'mielenterveys']],
    ['kesken jäi koulu', ['koulu-kesken']],
    ['ammattikoulu jäi vuonna 2023 kesken', ['koulu-kesken', 'nuoret']],
    ['haluaisi töihin', ['haluaa-toihin']],
    ['töihin', []],
  ])('%s → %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  test('a negation before a positive cue turns it off, and says so', () => {
    const reading = readDescription('Ei enää käytä päihteitä, mutta masentunut.', table);
    expect(reading.concepts.map((c) => c.id)).toEqual(['mielenterveys']);
    expect(reading.negated.map((c) => c.id)).toEqual(['paihteet']);
  });

  test('a negation does not reach across a sentence', () => {
    expect(ids('Ei ole töitä. Päihteet ovat ongelma.')).toEqual(['paihteet']);
  });

  test('a negative cue needs its negation', () => {
    expect(ids('Hän ei ole vielä ilmoittautunut työnhakijaksi')).toEqual(['ei-ilmoittautunut']);
    expect(ids('Hän on ilmoittautunut työnhakijaksi')).toEqual([]);
  });

  test('the lexicon brings catalogue words with the words that brought them', () => {
    expect(readDescription('amis kesken', table).terms).toEqual([{ term: 'ammatillinen koulutus', phrase: 'amis' }]);
  });

  test('each reading names the typed words and the cue', () => {
    expect(readDescription('Nuori, jolla huumetausta', table).concepts).toEqual([
      { kind: 'targetGroup', id: 'nuoret', phrase: 'Nuori', cue: 'nuori' },
      { kind: 'situation', id: 'paihteet', phrase: 'huumetausta', cue: 'huumetausta' },
    ]);
  });
});

describe('wordMatches', () => {
  test.each([
    ['masentune', 'masentunut', false, true],
    ['ammattikoulu', 'koulu', false, true],
    ['mielenterveysongelma', 'mielenterveys', false, true],
    ['tyokokeilu', 'tyokokemu', false, true],
    ['tyokokeilu', 'tyokokemu', true, false],
    ['koira', 'koulu', false, false],
  ])('%s ~ %s (known word: %s) → %s', (word, cue, known, expected) => {
    expect(wordMatches(word, cue, known)).toBe(expected);
  });

  test('a compound starts with the whole phrase word, not its stem: "työtoiminnassa" is no form of "työtön"', () => {
    expect(wordMatches('tyotoiminna', 'tyoto', false, 'tyoton')).toBe(false);
    expect(wordMatches('mielenterveysongelmi', 'mielenterveys', false, 'mielenterveys')).toBe(true);
  });

  test('a word the catalogue also uses still matches its cue across consonant gradation ("kuntoutustuella" for "kuntoutustuki")', () => {
    const graded = compileReading([{ kind: 'situation', id: 'elakkeella', cues: ['kuntoutustuki', 'saikku'] }], []);
    // Known words (a cue stem or a catalogue term) match only exactly or by gradation, never as near forms.
    const known = () => true;
    expect(readDescription('ollut kolme vuotta kuntoutustuella', graded, known).concepts.map((concept) => concept.id)).toEqual(['elakkeella']);
    expect(readDescription('pitkällä saikulla', graded, known).concepts.map((concept) => concept.id)).toEqual(['elakkeella']);
    expect(readDescription('kuntoutusta tukee', graded, known).concepts).toEqual([]);
  });
});

describe('phrases stay inside a sentence', () => {
  const table = compileReading([{ kind: 'situation', id: 'haluaa-elakkeelle', cues: ['haluaa eläkkeelle'] }], []);
  test('the words of a phrase in two sentences are not the phrase', () => {
    expect(readDescription('Hän on ollut eläkkeellä. Haluaa jotain tekemistä.', table).concepts).toEqual([]);
  });
  test('in one sentence they are', () => {
    expect(readDescription('Hän haluaa jo eläkkeelle.', table).concepts.map((concept) => concept.id)).toEqual(['haluaa-elakkeelle']);
  });
});

describe('places in a description', () => {
  const places: Place[] = [
    { value: '905', kind: 'municipality', code: '905', name: 'Vaasa', nameSv: 'Vasa' },
    { value: '609', kind: 'municipality', code: '609', name: 'Pori', nameSv: 'Björneborg' },
    { value: '598', kind: 'municipality', code: '598', name: 'Pietarsaari', nameSv: 'Jakobstad' },
    { value: '398', kind: 'municipality', code: '398', name: 'Lahti', nameSv: 'Lahtis' },
    { value: '284', kind: 'municipality', code: '284', name: 'Koski Tl', nameSv: 'Koskis' },
    { value: 'pohjois-karjala', kind: 'wellbeingArea', code: 'pohjois-karjala', name: 'Pohjois-Karjala', nameSv: 'Norra Karelen' },
  ];
  const find = createPlaceFinder(places);
  test.each([
    ['Vaasassa asuva nuori', '905'],
    ['vaasalainen nainen', '905'],
    ['porilaisella asiakkaalla', '609'],
    ['Han bor i Jakobstad', '598'],
    ['lahtelainen mies', '398'],
    ['asuu Pohjois-Karjalassa', 'pohjois-karjala'],
  ])('%s → %s', (text, value) => {
    expect(find(text)[0]?.place.value).toBe(value);
  });

  test('a place name that is also a common word counts only when capitalised', () => {
    expect(find('joen koski kuohuu')).toEqual([]);
  });
});

describe('languages and ages', () => {
  test.each([
    ['ruotsinkielinen asiakas', 'sv'],
    ['puhuu vain venäjää', 'ru'],
    ['svenskspråkig', 'sv'],
    ['asioi mieluiten englanniksi', 'en'],
    ['oli Ruotsissa töissä', undefined],
  ])('%s → %s', (text, code) => {
    expect(findLanguage(text)?.code).toBe(code);
  });

  test.each([
    ['Työtön 33-v nainen', 33],
    ['20-vuotiaalle nuorelle', 20],
    ['mies 55 v', 55],
    ['62-vuotias äiti kertoo, että hänen 31-v tyttärensä', 31],
    ['vuonna 2023', undefined],
    // A bound or the end of a range is not the client's age.
    ['alle 30-vuotias nuori', undefined],
    ['yli 55-vuotiaat työnhakijat', undefined],
    ['16–29-vuotiaille', undefined],
    ['palvelu alle 30-vuotiaille, asiakas 24-v', 24],
  ])('%s → age %s', (text, age) => {
    expect(readAge(text)?.age).toBe(age);
  });
});
