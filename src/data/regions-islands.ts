/**
 * Props of the Alueet islands, computed at build time: the municipality lookup (/alueet/) and the
 * area comparison (/alueet/vertaa/). Municipality lists go in the compact codec of
 * src/lib/regions/municipality-options.ts, decoded by the island.
 */
import { getCatalog } from './catalog';
import { getRegionOverview } from './regions-overview';
import { actsNow } from '@/lib/catalog/history';
import { actorsInArea, servicesInArea } from '@/lib/regions/catalog';
import { getCoverageHonesty } from './regions-coverage';
import { encodeEntryLists } from '@/lib/regions/entry-lists';
import { encodeMunicipalities } from '@/lib/regions/municipality-options';

/** Every municipality (Finnish and Swedish names, in code order) and the areas' names. */
export async function getLookupProps() {
  const { tables } = await getRegionOverview();
  return {
    municipalities: encodeMunicipalities(
      tables.municipalities.map((m) => ({ code: m.code, name: m.name, wellbeingArea: m.wellbeingArea, employmentArea: m.employmentArea, nameSv: m.nameSv })),
    ),
    wellbeingNames: Object.fromEntries(tables.wellbeingAreas.map((a) => [a.id, a.name])),
    employmentNames: Object.fromEntries(tables.employmentAreas.map((a) => [a.id, a.name])),
  };
}

/**
 * Every wellbeing area (by name) with its partners, local actors and services; municipalities by
 * name. Actors and services go as rows of one shared table (src/lib/regions/entry-lists.ts).
 */
export async function getCompareProps() {
  const [overview, catalog, honesty] = await Promise.all([getRegionOverview(), getCatalog(), getCoverageHonesty()]);
  const local = (reach: string) => reach === 'full' || reach === 'partial';
  const areas = overview.structure.wellbeing
    .map((area) => ({
      id: area.id,
      name: overview.wellbeingById.get(area.id)?.name ?? area.id,
      employmentAreas: area.partners.map((p) => ({ id: p.id, name: overview.employmentById.get(p.id)?.name ?? p.id, shared: p.shared.length })),
      // Only actors working now: an abolished TE office is not the area's own actor any more.
      actors: actorsInArea(catalog.actors.filter(actsNow), area.municipalities, overview.members)
        .filter((r) => local(r.reach))
        .map((r) => ({ id: r.item.id, name: r.item.name })),
      services: servicesInArea(catalog.services, area.municipalities, overview.members)
        .filter((r) => local(r.reach))
        .map((r) => ({ id: r.item.id, name: r.item.name })),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fi'));
  // Actor and service lists travel as one shared table and compact index lists (entry-lists.ts).
  const { table, lists } = encodeEntryLists(areas.flatMap((area) => [area.actors, area.services]));
  return {
    nationalServices: honesty.national,
    areas: areas.map((area, index) => ({ ...area, actors: lists[2 * index] ?? '', services: lists[2 * index + 1] ?? '' })),
    entries: table,
    municipalities: encodeMunicipalities(
      overview.tables.municipalities
        .map((m) => ({ code: m.code, name: m.name, wellbeingArea: m.wellbeingArea, employmentArea: m.employmentArea }))
        .sort((a, b) => a.name.localeCompare(b.name, 'fi')),
    ),
  };
}
