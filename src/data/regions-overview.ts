/**
 * Derived regional data for the Alueet pages: the overlap structure, matrix order, names and the
 * map geometry. Everything comes from the municipality table (src/data/regions.ts) and the
 * boundary file; the maths lives in src/lib.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getRegions } from './regions';
import { membership, type Membership } from '@/lib/regions/catalog';
import { regionMap, regionMapLabels, wellbeingMapName, type RegionMap, type RegionMapLabels, type RegionTopology } from '@/lib/regions/map';
import type { LabelStyle } from '@/lib/regions/map-labels';
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

/** Width of the map of /alueet/ in SVG units; drawn 1:1 on a wide screen, scaled down on a phone. */
export const MAP_WIDTH = 500;

/**
 * Text sizes of the area names, in map units: 11 px at full size; on a phone (the map scaled to about
 * two thirds) the same names need larger units to stay readable, so fewer of them fit.
 */
export const MAP_LABEL_STYLES: { wide: LabelStyle; narrow: LabelStyle } = {
  wide: { fontSize: 11, charWidth: 0.58, padding: 0.5 },
  narrow: { fontSize: 17.5, charWidth: 0.58, padding: 0.5 },
};

export interface RegionMapWithLabels extends RegionMap {
  labels: RegionMapLabels;
}

let cachedMap: Promise<RegionMapWithLabels> | undefined;

/**
 * Map paths from public/data/municipalities.topo.json (Statistics Finland, CC BY 4.0), projected at
 * build time, with the places where the areas' names fit.
 */
export function getRegionMap(): Promise<RegionMapWithLabels> {
  cachedMap ??= (async () => {
    const file = join(process.cwd(), 'public', 'data', 'municipalities.topo.json');
    const topology = JSON.parse(await readFile(file, 'utf8')) as RegionTopology;
    const { tables } = await getRegionOverview();
    const names = {
      wellbeing: new Map(tables.wellbeingAreas.map((area) => [area.id, wellbeingMapName(area, tables.municipalities)])),
      employment: new Map(tables.employmentAreas.map((area) => [area.id, area.name])),
    };
    return { ...regionMap(topology, MAP_WIDTH), labels: regionMapLabels(topology, MAP_WIDTH, names, MAP_LABEL_STYLES) };
  })();
  return cachedMap;
}
