/** data/services.csv and data/actors.csv (src/lib/open-data/spreadsheets.ts): literal rows, then the real catalogue. */
import { describe, expect, test } from 'vitest';
import { membership } from '@/lib/regions/catalog';
import { actorsCsv, actorsCsvColumns, municipalityCodes, referralText, regionText, servicesCsv, servicesCsvColumns } from '@/lib/open-data/spreadsheets';
import { BOM } from '@/lib/csv';
import { list } from './real-content';

const none = { national: false, wellbeingAreas: [], employmentAreas: [], municipalities: [] };
const names = {
  wellbeingAreas: new Map([['pohjois-karjala', 'Pohjois-Karjalan hyvinvointialue']]),
  employmentAreas: new Map([['joensuu', 'Joensuun seudun työllisyysalue']]),
  municipalities: new Map([
    ['167', 'Joensuu'],
    ['176', 'Juuka'],
  ]),
};
const members = membership([
  { code: '167', name: 'Joensuu', nameSv: 'Joensuu', region: 'Pohjois-Karjala', wellbeingArea: 'pohjois-karjala', employmentArea: 'joensuu' },
  { code: '176', name: 'Juuka', nameSv: 'Juga', region: 'Pohjois-Karjala', wellbeingArea: 'pohjois-karjala', employmentArea: 'joensuu' },
]);
const SITE = 'https://palvelukyla.example';

describe('cells', () => {
  test.each([
    [{ ...none, national: true }, 'Koko maa', ''],
    [{ ...none, wellbeingAreas: ['pohjois-karjala'] }, 'Pohjois-Karjalan hyvinvointialue', '167 176'],
    [{ ...none, employmentAreas: ['joensuu'], municipalities: ['176'] }, 'Joensuun seudun työllisyysalue; Juuka', '167 176'],
    [{ ...none, municipalities: ['176'] }, 'Juuka', '176'],
  ])('regions %j → %j, codes %j', (refs, text, codes) => {
    expect(regionText(refs, names)).toBe(text);
    expect(municipalityCodes(refs, members)).toBe(codes);
  });

  test('the referral route in one cell', () => {
    expect(referralText({ whoRefers: ['sosiaalityöntekijä', 'lääkäri'], whoDecides: 'Kela', selfReferral: true })).toBe(
      'Kuka ohjaa: sosiaalityöntekijä, lääkäri; Kuka päättää: Kela; Voiko hakeutua itse: Kyllä',
    );
    expect(referralText(undefined)).toBe('');
  });
});

describe('servicesCsv', () => {
  const csv = servicesCsv(
    [
      {
        id: 'tiimi',
        name: 'Tiimi',
        kind: 'operating-model',
        status: 'established',
        regions: { ...none, wellbeingAreas: ['pohjois-karjala'] },
        offerings: [
          { id: 'a', provider: 'siun-sote', regions: { ...none, municipalities: ['167'] }, status: 'pilot', years: '2022–2023' },
          { id: 'b', name: 'Juuan tiimi', provider: 'tuntematon', regions: { ...none, municipalities: ['176'] }, status: 'ended' },
        ],
        verified: '2026-11-22',
      },
      { id: 'kela-palvelu', name: 'Kelan palvelu, "valtakunnallinen"', kind: 'service', status: 'established', regions: { ...none, national: true }, offerings: [], verified: '2026-11-22', ptv: 'd93be162-07a2-45f2-84b3-f794da852b58' },
    ],
    new Map([['siun-sote', 'Siun sote']]),
    names,
    members,
    SITE,
  );

  test('a byte order mark, the columns, a row per offering and one for a service without offerings', () => {
    expect(csv).toBe(
      BOM +
        [
          servicesCsvColumns.join(','),
          'tiimi,Tiimi,Toimintamalli,Vakiintunut,a,,siun-sote,Siun sote,Joensuu,167,Kokeilu,2022–2023,,2026-11-22,https://palvelukyla.example/palvelut/tiimi/,',
          'tiimi,Tiimi,Toimintamalli,Vakiintunut,b,Juuan tiimi,tuntematon,tuntematon,Juuka,176,Päättynyt,,,2026-11-22,https://palvelukyla.example/palvelut/tiimi/,',
          'kela-palvelu,"Kelan palvelu, ""valtakunnallinen""",Palvelu,Vakiintunut,,,,,Koko maa,,Vakiintunut,,,2026-11-22,https://palvelukyla.example/palvelut/kela-palvelu/,d93be162-07a2-45f2-84b3-f794da852b58',
        ].join('\n') +
        '\n',
    );
  });
});

describe('actorsCsv', () => {
  test('a row per actor with kind, scope, regions and the parent by name', () => {
    const csv = actorsCsv(
      [
        { id: 'siun-sote', name: 'Siun sote', kind: 'sote', scope: 'regional', regions: { ...none, wellbeingAreas: ['pohjois-karjala'] }, verified: '2026-11-22' },
        { id: 'osaamiskeskus', name: 'Osaamiskeskus', shortName: 'OK', kind: 'sote', scope: 'regional', regions: { ...none, municipalities: ['167'] }, parent: 'siun-sote', verified: '2026-11-22' },
      ],
      names,
      SITE,
    );
    expect(csv.split('\n').slice(0, 3)).toEqual([
      `${BOM}${actorsCsvColumns.join(',')}`,
      'siun-sote,Siun sote,,Sosiaali- ja terveyspalvelut,Alueellinen,Pohjois-Karjalan hyvinvointialue,,2026-11-22,https://palvelukyla.example/toimijat/siun-sote/,',
      'osaamiskeskus,Osaamiskeskus,OK,Sosiaali- ja terveyspalvelut,Alueellinen,Joensuu,Siun sote,2026-11-22,https://palvelukyla.example/toimijat/osaamiskeskus/,',
    ]);
  });
});

describe('the real catalogue', () => {
  const services = list('services');
  const municipalities = list('municipalities');
  const realNames = {
    wellbeingAreas: new Map(list('wellbeingAreas').map((a) => [a.id, a.name])),
    employmentAreas: new Map(list('employmentAreas').map((a) => [a.id, a.name])),
    municipalities: new Map(municipalities.map((m) => [m.code, m.name])),
  };
  const csv = servicesCsv(services, new Map(list('actors').map((a) => [a.id, a.name])), realNames, membership(municipalities), SITE);

  test('every service appears, with as many rows as it has offerings (at least one)', () => {
    const firstColumn = csv.slice(1).trim().split('\n').slice(1).map((line) => line.split(',')[0]);
    for (const service of services) expect(firstColumn.filter((id) => id === service.id).length, service.id).toBe(Math.max(1, service.offerings.length));
  });

  test('every actor has one row', () => {
    expect(actorsCsv(list('actors'), realNames, SITE).trim().split('\n')).toHaveLength(list('actors').length + 1);
  });
});
