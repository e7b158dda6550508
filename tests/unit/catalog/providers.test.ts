import { describe, expect, test } from 'vitest';
import { providersByArea } from '@/lib/catalog/providers';
import { parseReaderArea, printDate, readReaderArea, READER_AREA_KEY, writeReaderArea } from '@/lib/catalog/reader-area';
import { membership } from '@/lib/regions/catalog';

const members = membership([
  { code: '001', name: 'A', nameSv: 'A', region: 'R', wellbeingArea: 'wb-a', employmentArea: 'ea-1' },
  { code: '002', name: 'B', nameSv: 'B', region: 'R', wellbeingArea: 'wb-a', employmentArea: 'ea-2' },
  { code: '003', name: 'C', nameSv: 'C', region: 'S', wellbeingArea: 'wb-b', employmentArea: 'ea-2' },
  { code: '004', name: 'D', nameSv: 'D', region: 'T', wellbeingArea: 'wb-c', employmentArea: 'ea-3' },
]);
const ids = ['wb-a', 'wb-b', 'wb-c'];
const refs = (fields: Partial<{ national: boolean; wellbeingAreas: string[]; employmentAreas: string[]; municipalities: string[] }> = {}) => ({
  national: false,
  wellbeingAreas: [],
  employmentAreas: [],
  municipalities: [],
  ...fields,
});
const offering = (id: string, provider: string, regions: ReturnType<typeof refs>) => ({ id, provider, status: 'established', regions });

describe('providersByArea', () => {
  test('each area gets the offerings that reach it, whole-area ones first', () => {
    const result = providersByArea(
      { regions: refs(), status: 'established', offerings: [offering('osa', 'kunta-b', refs({ employmentAreas: ['ea-2'] })), offering('koko', 'sote-a', refs({ wellbeingAreas: ['wb-a'] }))] },
      [],
      members,
      ids,
    );
    expect(result.national).toBe(false);
    expect(result.areas.map((a) => [a.area, a.providers.map((p) => `${p.provider}:${p.reach}`)])).toEqual([
      ['wb-a', ['sote-a:full', 'kunta-b:partial']],
      ['wb-b', ['kunta-b:full']],
    ]);
  });

  test('a national service without offerings lists no areas; the page names its organisers', () => {
    expect(providersByArea({ regions: refs({ national: true }), status: 'established', offerings: [] }, ['kela'], members, ids)).toEqual({ national: true, areas: [] });
  });

  test('an area the service names without an offering there gets the service\'s own providers', () => {
    const result = providersByArea({ regions: refs({ wellbeingAreas: ['wb-c'] }), status: 'pilot', years: '2022–2024', offerings: [] }, ['hanke'], members, ids);
    expect(result.areas).toEqual([{ area: 'wb-c', providers: [{ offering: '', provider: 'hanke', status: 'pilot', years: '2022–2024', reach: 'full' }] }]);
  });
});

describe('the reader\'s area', () => {
  const memory = () => {
    const values = new Map<string, string>();
    return { getItem: (k: string) => values.get(k) ?? null, setItem: (k: string, v: string) => void values.set(k, v), removeItem: (k: string) => void values.delete(k) };
  };

  test.each([
    ['wb-a', 'wb-a'],
    [' wb-b ', 'wb-b'],
    ['tuntematon', undefined],
    [null, undefined],
  ] as const)('%j → %j', (stored, expected) => {
    expect(parseReaderArea(stored, ids)).toBe(expected);
  });

  test('written, read back and forgotten', () => {
    const storage = memory();
    writeReaderArea(storage, 'wb-b');
    expect(storage.getItem(READER_AREA_KEY)).toBe('wb-b');
    expect(readReaderArea(storage, ids)).toBe('wb-b');
    writeReaderArea(storage, '');
    expect(readReaderArea(storage, ids)).toBeUndefined();
  });

  test('a storage that throws is ignored', () => {
    const broken = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('blocked'); }, removeItem: () => { throw new Error('blocked'); } };
    expect(readReaderArea(broken, ids)).toBeUndefined();
    expect(() => writeReaderArea(broken, 'wb-a')).not.toThrow();
  });
});

describe('printDate', () => {
  test('Finnish style, no leading zeros', () => {
    expect(printDate(new Date(2026, 0, 5))).toBe('5.1.2026');
  });
});
