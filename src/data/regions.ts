/** The regional tables (municipalities, wellbeing areas, employment areas) from content collections. */
import { getCollection } from 'astro:content';
import { regionCounts, type RegionCounts } from '@/lib/regions/counts';
import type { RegionTables } from '@/lib/regions/structure';

export type { EmploymentArea, Municipality, WellbeingArea } from '@/schemas/region';

let cached: Promise<RegionTables> | undefined;

export function getRegions(): Promise<RegionTables> {
  cached ??= (async () => {
    const [municipalities, wellbeingAreas, employmentAreas] = await Promise.all([
      getCollection('municipalities'),
      getCollection('wellbeingAreas'),
      getCollection('employmentAreas'),
    ]);
    return {
      municipalities: municipalities.map((entry) => entry.data).sort((a, b) => a.code.localeCompare(b.code)),
      wellbeingAreas: wellbeingAreas.map((entry) => entry.data).sort((a, b) => a.code.localeCompare(b.code)),
      employmentAreas: employmentAreas.map((entry) => entry.data).sort((a, b) => a.statfiCode - b.statfiCode),
    };
  })();
  return cached;
}

/** How many wellbeing areas, employment areas and municipalities there are, for UI strings and content placeholders. */
export async function getRegionCounts(): Promise<RegionCounts> {
  return regionCounts(await getRegions());
}
