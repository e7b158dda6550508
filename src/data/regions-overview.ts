/**
 * Derived regional data for the Alueet pages: the overlap structure, matrix order, names and the
 * map geometry. Everything comes from the municipality table (src/data/regions.ts) and the
 * boundary file; the maths lives in src/lib.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getRegions } from './regions';
import { membership, type Membership } from '@/lib/regions/catalog';
import { regionMap, type RegionMap } from '@/lib/regions/map';
import { matrixCells, type MatrixData } from '@/lib/regions/matrix';
import {
  matrixOrder,
  regionStructure,
  structureCounts,
  type EmploymentArea,
  type Municipality,
  type RegionStructure,
  type RegionTables,
  type WellbeingArea,
} from '@/lib/regions/structure';

export interface RegionOverview {
  tables: RegionTables;
  structure: RegionStructure;
  counts: ReturnType<typeof structureCounts>;
  members: Membership;
  matrix: MatrixData;
  wellbeingById: Map<string, WellbeingArea>;
  employmentById: Map<string, EmploymentArea>;
  municipalityByCode: Map<string, Municipality>;
}

let cached: Promise<RegionOverview> | undefined;

export function getRegionOverview(): Promise<RegionOverview> {
  cached ??= (async () => {
    const tables = await getRegions();
    const structure = regionStructure(tables.municipalities, {
      wellbeingIds: tables.wellbeingAreas.map((a) => a.id),
      employmentIds: tables.employmentAreas.map((a) => a.id),
    });
    const wellbeingById = new Map(tables.wellbeingAreas.map((a) => [a.id, a]));
    const byCode = (a: string, b: string) => (wellbeingById.get(a)?.code ?? a).localeCompare(wellbeingById.get(b)?.code ?? b);
    return {
      tables,
      structure,
      counts: structureCounts(structure),
      members: membership(tables.municipalities),
      matrix: matrixCells(structure, matrixOrder(structure, byCode)),
      wellbeingById,
      employmentById: new Map(tables.employmentAreas.map((a) => [a.id, a])),
      municipalityByCode: new Map(tables.municipalities.map((m) => [m.code, m])),
    };
  })();
  return cached;
}

let cachedMap: Promise<RegionMap> | undefined;

/** Map paths from public/data/municipalities.topo.json (Statistics Finland, CC BY 4.0), projected at build time. */
export function getRegionMap(width = 420): Promise<RegionMap> {
  cachedMap ??= (async () => {
    const file = join(process.cwd(), 'public', 'data', 'municipalities.topo.json');
    return regionMap(JSON.parse(await readFile(file, 'utf8')), width);
  })();
  return cachedMap;
}
