/** The maintainers' worklist (src/lib/maintenance/report.ts) on a small literal catalogue. */
import { describe, expect, test } from 'vitest';
import { describeReport, maintenanceReport, workCount, type MaintenanceInput } from '@/lib/maintenance/report';

const none = { national: false, wellbeingAreas: [], employmentAreas: [], municipalities: [] };
const national = { ...none, national: true };

const input: MaintenanceInput = {
  services: [
    { id: 'tiimi', name: 'Tiimi', verified: '2026-11-01', regions: none, offerings: [{ regions: { ...none, municipalities: ['001'] } }] },
    { id: 'vanha', name: 'Vanha palvelu', verified: '2024-01-01', regions: none, offerings: [] },
    { id: 'kela-palvelu', name: 'Kelan palvelu', verified: '2026-11-01', regions: national, offerings: [] },
  ],
  actors: [{ id: 'kela', name: 'Kela', verified: '2025-01-01' }],
  roles: [{ id: 'koordinaattori', name: 'Koordinaattori', verified: '2026-11-01' }],
  criteria: [{ id: 'kenelle', title: 'Kenelle tiimi', verified: '2026-11-01', appliesTo: ['tiimi'] }],
  pathways: [{ id: 'polku', title: 'Polku', verified: '2026-11-01' }],
  staircases: [{ id: 'portaat', title: 'Portaat', verified: '2026-11-01' }],
  wellbeingAreas: [
    { id: 'alue-a', name: 'Alue A' },
    { id: 'alue-b', name: 'Alue B' },
  ],
  employmentAreas: [
    { id: 'tyo-a', name: 'Työ A' },
    { id: 'tyo-b', name: 'Työ B' },
  ],
  members: {
    wellbeing: new Map([
      ['alue-a', ['001', '002']],
      ['alue-b', ['003']],
    ]),
    employment: new Map([
      ['tyo-a', ['001']],
      ['tyo-b', ['002', '003']],
    ]),
  },
};

const report = maintenanceReport(input, '2026-12-07', 365);

describe('maintenanceReport', () => {
  test('stale entries of every dated collection, oldest first, with their age and page', () => {
    expect(report.stale.map((s) => [s.collection, s.id, s.days, s.href])).toEqual([
      ['services', 'vanha', 1071, '/palvelut/vanha/'],
      ['actors', 'kela', 705, '/toimijat/kela/'],
    ]);
  });

  test('services without offerings say whether they are national', () => {
    expect(report.servicesWithoutOfferings.map((s) => [s.id, s.national])).toEqual([
      ['kela-palvelu', true],
      ['vanha', false],
    ]);
  });

  test('services that no criteria list applies to', () => {
    expect(report.servicesWithoutCriteria.map((s) => s.id)).toEqual(['kela-palvelu', 'vanha']);
  });

  test('areas of both divisions that no offering reaches (a partial reach counts)', () => {
    expect(report.regionsWithoutOfferings.map((r) => [r.collection, r.id, r.href])).toEqual([
      ['wellbeingAreas', 'alue-b', '/alueet/hyvinvointialueet/alue-b/'],
      ['employmentAreas', 'tyo-b', '/alueet/tyollisyysalueet/tyo-b/'],
    ]);
  });

  test('a national offering is no local implementation: the gaps stay listed', () => {
    const withNational = maintenanceReport(
      { ...input, services: [...input.services, { id: 'verkko', name: 'Verkko', verified: '2026-11-01', regions: none, offerings: [{ regions: national }] }] },
      '2026-12-07',
      365,
    );
    expect(withNational.regionsWithoutOfferings.map((r) => r.id)).toEqual(['alue-b', 'tyo-b']);
  });

  test('the interval moves the line', () => {
    expect(maintenanceReport(input, '2026-12-07', 2000).stale).toEqual([]);
    expect(maintenanceReport(input, '2026-12-07', 30).stale).toHaveLength(8);
  });

  test('workCount adds the four lists', () => {
    expect(workCount(report)).toBe(2 + 2 + 2 + 2);
  });
});

describe('describeReport', () => {
  test('names every item for the build log', () => {
    expect(describeReport(report)).toMatchInlineSnapshot(`
      "Maintenance worklist (/yllapito/):
        - 2 entries not verified in 365 days: services/vanha (2024-01-01), actors/kela (2025-01-01)
        - 2 service(s) without offerings: kela-palvelu, vanha
        - 2 service(s) without criteria: kela-palvelu, vanha
        - 2 area(s) without offerings: alue-b, tyo-b"
    `);
  });

  test('is empty when there is nothing to do', () => {
    const clean = maintenanceReport({ ...input, services: [], actors: [], wellbeingAreas: [], employmentAreas: [] }, '2026-12-07', 365);
    expect(describeReport(clean)).toBe('');
  });
});
