/**
 * The villages' regions: for each wellbeing area its municipalities and the employment areas it
 * partners with (those sharing at least one municipality, most shared first), derived from the
 * municipality table by regionStructure in src/lib/regions/structure.ts.
 */
import { regionStructure, type RegionTables } from '../regions/structure.ts';
import type { VillageArea } from './graph.ts';

/** Every wellbeing area as a village region, sorted by name. */
export function villageAreas(tables: RegionTables): VillageArea[] {
  const structure = regionStructure(tables.municipalities, { wellbeingIds: tables.wellbeingAreas.map((area) => area.id) });
  const employmentNames = new Map(tables.employmentAreas.map((area) => [area.id, area.name]));
  return tables.wellbeingAreas
    .map((area, index) => {
      const overlap = structure.wellbeing[index]!;
      return {
        id: area.id,
        name: area.name,
        municipalities: overlap.municipalities,
        employmentAreas: overlap.partners.map((partner) => ({ id: partner.id, name: employmentNames.get(partner.id) ?? partner.id })),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'fi'));
}
