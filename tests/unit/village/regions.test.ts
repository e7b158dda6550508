/** Villages by wellbeing area: each area with its partner employment areas. */
import { describe, expect, test } from 'vitest';
import { villageAreas } from '@/lib/village/regions';
import type { RegionTables } from '@/lib/regions/structure';

describe('village regions', () => {
  const tables = {
    municipalities: [
      { code: '167', wellbeingArea: 'pohjois-karjala', employmentArea: 'joensuun-seutu' },
      { code: '309', wellbeingArea: 'pohjois-karjala', employmentArea: 'outokumpu' },
      { code: '320', wellbeingArea: 'pohjois-karjala', employmentArea: 'outokumpu' },
      { code: '853', wellbeingArea: 'varsinais-suomi', employmentArea: 'turku' },
    ],
    wellbeingAreas: [
      { id: 'varsinais-suomi', name: 'Varsinais-Suomen hyvinvointialue' },
      { id: 'pohjois-karjala', name: 'Pohjois-Karjalan hyvinvointialue' },
    ],
    employmentAreas: [
      { id: 'turku', name: 'Turku' },
      { id: 'joensuun-seutu', name: 'Joensuun seutu' },
      { id: 'outokumpu', name: 'Outokumpu' },
    ],
  } as unknown as RegionTables;

  test('areas come sorted by name, with their municipalities and partner employment areas (most shared first)', () => {
    expect(villageAreas(tables).map((a) => `${a.id}: ${a.municipalities.join(' ')} | ${a.employmentAreas.map((e) => e.name).join(', ')}`)).toEqual([
      'pohjois-karjala: 167 309 320 | Outokumpu, Joensuun seutu',
      'varsinais-suomi: 853 | Turku',
    ]);
  });
});
