/**
 * The machine-readable output (src/lib/open-data/contract.ts): regions.json lists 22 wellbeing areas, 45 employment
 * areas and every mainland municipality exactly once, with member lists derived from the
 * municipality table.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '@/content-check/index.ts';
import { regionsContract, regionsCsv } from '@/lib/open-data/contract';
import type { RegionTables } from '@/lib/regions/structure';

const { entries, problems } = checkContent(join(import.meta.dirname, '..', '..', '..', 'content'));
const tables: RegionTables = {
  municipalities: [...entries.municipalities.values()].map((e) => e.data),
  wellbeingAreas: [...entries.wellbeingAreas.values()].map((e) => e.data),
  employmentAreas: [...entries.employmentAreas.values()].map((e) => e.data),
};
const contract = regionsContract(tables);

describe('data/regions.json', () => {
  test('the regional content passes the content gate', () => {
    expect(problems.filter((p) => p.file.startsWith('content/regions'))).toEqual([]);
  });

  test('22 wellbeing areas, 45 employment areas, 292 mainland municipalities', () => {
    expect(contract.wellbeingAreas).toHaveLength(22);
    expect(contract.employmentAreas).toHaveLength(45);
    expect(contract.municipalities).toHaveLength(292);
    expect(new Set(contract.municipalities.map((m) => m.code)).size).toBe(292);
  });

  test.each([
    ['wellbeing areas', contract.wellbeingAreas],
    ['employment areas', contract.employmentAreas],
  ] as const)('every municipality is in exactly one of the %s', (_, areas) => {
    const listed = areas.flatMap((area) => area.municipalities);
    expect(listed).toHaveLength(292);
    expect(new Set(listed).size).toBe(292);
  });

  test('employment area models: 39 vastuukunta, 4 single municipalities, 2 kuntayhtymä', () => {
    const count = (model: string) => contract.employmentAreas.filter((area) => area.model === model).length;
    expect([count('vastuukunta'), count('single-municipality'), count('kuntayhtyma')]).toEqual([39, 4, 2]);
  });

  test('ten lead municipalities are marked inferred, as SOURCES.md says', () => {
    const inferred = contract.employmentAreas.filter((area) => area.leadConfidence === 'inferred').map((area) => area.id);
    expect(inferred).toHaveLength(10);
    expect(inferred).toContain('hanko-inkoo-raasepori');
  });

  test('member lists come from the municipality table', () => {
    const helsinki = contract.wellbeingAreas.find((area) => area.id === 'helsinki');
    expect(helsinki?.municipalities).toEqual(['091']);
  });
});

describe('data/regions.csv', () => {
  test('a byte order mark, a header and one row per municipality, names quoted only when needed', () => {
    const csv = regionsCsv({
      municipalities: [{ code: '001', name: 'Akaa, Testi', nameSv: 'A', region: 'R', wellbeingArea: 'w', employmentArea: 'e' }],
      wellbeingAreas: [{ id: 'w', code: '01', codeConfidence: 'inferred', name: 'W-alue', nameSv: 'W', sources: [] }],
      employmentAreas: [],
    } as unknown as RegionTables);
    expect(csv).toBe('\uFEFFkunta,kuntakoodi,hyvinvointialue,tyollisyysalue\n"Akaa, Testi",001,W-alue,e\n');
  });

  test('the real table has 293 lines', () => {
    expect(regionsCsv(tables).trim().split('\n')).toHaveLength(293);
  });
});
