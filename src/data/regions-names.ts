/** Display names of regions, for pages that list region references. */
import { getRegions } from './regions';

export interface RegionNames {
  wellbeingAreas: Map<string, string>;
  employmentAreas: Map<string, string>;
  municipalities: Map<string, string>;
}

let cached: Promise<RegionNames> | undefined;

export function getRegionNames(): Promise<RegionNames> {
  cached ??= getRegions().then((tables) => ({
    wellbeingAreas: new Map(tables.wellbeingAreas.map((area) => [area.id, area.name])),
    employmentAreas: new Map(tables.employmentAreas.map((area) => [area.id, area.name])),
    municipalities: new Map(tables.municipalities.map((m) => [m.code, m.name])),
  }));
  return cached;
}
