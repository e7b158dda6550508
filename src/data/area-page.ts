/**
 * What a wellbeing-area or employment-area page shows besides its own facts: the overlap with the
 * other division, member municipalities, and the actors and services available there.
 */
import { getCatalog } from './catalog';
import { getRegionOverview } from './regions-overview';
import { actorsInArea, servicesInArea } from '@/lib/regions/catalog';
import { alsoReaches } from '@/lib/regions/structure';
import type { Division } from '@/lib/regions/structure';

export type { Division };

export async function getAreaPageData(division: Division, id: string) {
  const overview = await getRegionOverview();
  const catalog = await getCatalog();
  const own = division === 'wellbeing' ? overview.structure.wellbeing : overview.structure.employment;
  const other = division === 'wellbeing' ? overview.structure.employment : overview.structure.wellbeing;
  const otherById = division === 'wellbeing' ? overview.employmentById : overview.wellbeingById;
  const ownById = division === 'wellbeing' ? overview.wellbeingById : overview.employmentById;
  const overlap = own.find((area) => area.id === id);
  if (overlap === undefined) throw new Error(`No ${division} area "${id}" in the overlap structure`);
  const otherClass = new Map(other.map((area) => [area.id, area]));
  const municipalityName = (code: string) => overview.municipalityByCode.get(code)?.name ?? code;
  return {
    overlap,
    catalog,
    municipalityName,
    members: overlap.municipalities.map(municipalityName).sort((a, b) => a.localeCompare(b, 'fi')),
    actors: actorsInArea(catalog.actors, overlap.municipalities, overview.members),
    services: servicesInArea(catalog.services, overlap.municipalities, overview.members),
    partnerName: (partner: string) => otherById.get(partner)?.name ?? partner,
    partnerClass: (partner: string) => otherClass.get(partner)?.class,
    partnerSize: (partner: string) => otherClass.get(partner)?.municipalities.length ?? 0,
    /** The other areas of this page's division that a partner also reaches (a spanning employment area's other wellbeing areas). */
    partnerAlsoReaches: (partner: string) => {
      const area = otherClass.get(partner);
      return area === undefined ? [] : alsoReaches(area, id);
    },
    /** Name of an area of this page's own division. */
    ownName: (area: string) => ownById.get(area)?.name ?? area,
    /** Name of an area of the other division. */
    otherName: (area: string) => otherById.get(area)?.name ?? area,
  };
}
