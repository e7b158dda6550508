import { describe, expect, test } from 'vitest';
import { lawVersionText, routeRows } from '@/lib/catalog/route';
import type { Referral } from '@/schemas/service';

const law = { law: 'Laki kuntouttavasta työtoiminnasta (189/2001)', sections: '3 §', url: 'https://finlex.fi/fi/laki/ajantasa/2001/20010189', read: '2026-12-07' };

/** A referral as the schema returns it: lists default to []. */
const referral = (fields: Partial<Referral>): Referral => ({ whoRefers: [], prerequisites: [], legalBasis: [], ...fields });

describe('routeRows', () => {
  test('no referral, or one with nothing filled in, gives no rows', () => {
    expect(routeRows(undefined)).toEqual([]);
    expect(routeRows(referral({}))).toEqual([]);
  });

  test('every filled field in reading order, lists as lists', () => {
    const rows = routeRows(
      referral({
        consent: 'Asiakas osallistuu suunnitelmaan.',
        selfReferral: false,
        lawVersion: 'Laki 1.1.2025 alkaen.',
        legalBasis: [law],
        clientReceives: 'Kulukorvaus.',
        form: 'Ei lomaketta.',
        howToApply: 'Aktivointisuunnitelmassa.',
        prerequisites: ['työnhaku voimassa'],
        whoRefers: ['omavalmentaja', 'sosiaalityöntekijä'],
        whoDecides: 'Hyvinvointialue.',
      }),
    );
    expect(rows.map((row) => row.key)).toEqual([
      'whoDecides',
      'whoRefers',
      'prerequisites',
      'howToApply',
      'form',
      'clientReceives',
      'legalBasis',
      'lawVersion',
      'selfReferral',
      'consent',
    ]);
    expect(rows[1]).toEqual({ kind: 'list', key: 'whoRefers', items: ['omavalmentaja', 'sosiaalityöntekijä'] });
    expect(rows[6]).toEqual({ kind: 'laws', key: 'legalBasis', laws: [law] });
    expect(rows[8]).toEqual({ kind: 'yesNo', key: 'selfReferral', value: false });
  });

  test('only the fields that exist', () => {
    expect(routeRows(referral({ howToApply: 'OmaKelassa.', selfReferral: true }))).toEqual([
      { kind: 'text', key: 'howToApply', text: 'OmaKelassa.' },
      { kind: 'yesNo', key: 'selfReferral', value: true },
    ]);
  });

  test('what to keep in mind comes last', () => {
    expect(routeRows(referral({ whoDecides: 'Kela.', notes: 'Kieltäytyminen voi vaikuttaa etuuteen.' })).map((row) => row.key)).toEqual(['whoDecides', 'notes']);
  });
});

describe('lawVersionText', () => {
  test.each([
    ['Kuvaus vastaa lakia sellaisena kuin se on 1.1.2025 alkaen.', 'Lakia sellaisena kuin se on 1.1.2025 alkaen.'],
    ['kuvaus vastaa 1.1.2025 voimaan tullutta lakia.', '1.1.2025 voimaan tullutta lakia.'],
    ['Laki 566/2005 sellaisena kuin se oli vuoden 2025 alussa.', 'Laki 566/2005 sellaisena kuin se oli vuoden 2025 alussa.'],
    ['Kuvauksen lähde on Kelan sivu.', 'Kuvauksen lähde on Kelan sivu.'],
  ])('%s', (text, shown) => {
    expect(lawVersionText(text)).toBe(shown);
  });

  test('the route row carries the shortened text', () => {
    expect(routeRows(referral({ lawVersion: 'Kuvaus vastaa Kelan sivua.' }))).toEqual([{ kind: 'text', key: 'lawVersion', text: 'Kelan sivua.' }]);
  });
});
