/**
 * The open data at build time: the HSDS 3.0 export, its validation verdict for /data/, and the
 * spreadsheets. Computed once per build from the same catalogue as the pages.
 */
import { getCatalog } from './catalog';
import { getRegions } from './regions';
import { getRegionNames } from './regions-names';
import { hsdsExport, type HsdsExport } from '@/lib/open-data/hsds';
import { actorsCsv, servicesCsv } from '@/lib/open-data/spreadsheets';
import { membership } from '@/lib/regions/catalog';
import { SITE_URL } from '@/lib/site';

let cachedExport: Promise<HsdsExport> | undefined;

/** The whole catalogue as HSDS 3.0 objects (src/lib/open-data/hsds.ts). */
export function getHsdsExport(): Promise<HsdsExport> {
  cachedExport ??= (async () => {
    const [catalog, regions] = await Promise.all([getCatalog(), getRegions()]);
    return hsdsExport({
      siteUrl: SITE_URL,
      services: catalog.services,
      actors: catalog.actors,
      criteria: catalog.criteria,
      targetGroups: catalog.targetGroups,
      situations: catalog.situations,
      staircases: catalog.staircases,
      municipalities: regions.municipalities,
      wellbeingAreas: regions.wellbeingAreas,
      employmentAreas: regions.employmentAreas,
    });
  })();
  return cachedExport;
}

/** What the build's validation of the export found, for the /data/ page. */
export type HsdsVerdict =
  | {
      status: 'valid' | 'invalid';
      counts: { services: number; organizations: number; taxonomies: number; taxonomyTerms: number };
      problems: { file: string; id: string; path: string; message: string }[];
    }
  | { status: 'unavailable'; reason: string };

let cachedVerdict: Promise<HsdsVerdict> | undefined;

/**
 * Validates the export against the HSDS 3.0 schemas. The validator (Ajv) is loaded only here and
 * only at build time; if it cannot be loaded the page says so instead of failing the build.
 */
export function getHsdsVerdict(): Promise<HsdsVerdict> {
  cachedVerdict ??= (async (): Promise<HsdsVerdict> => {
    const files = JSON.parse(JSON.stringify(await getHsdsExport())) as HsdsExport;
    try {
      const { validateHsds } = await import('@/content-check/hsds');
      const result = validateHsds(files);
      return { status: result.problems.length === 0 ? 'valid' : 'invalid', counts: result.counts, problems: result.problems };
    } catch (error) {
      return { status: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
    }
  })();
  return cachedVerdict;
}

/** data/services.csv: a row per offering. */
export async function getServicesCsv(): Promise<string> {
  const [catalog, regions, names] = await Promise.all([getCatalog(), getRegions(), getRegionNames()]);
  return servicesCsv(catalog.services, new Map(catalog.actors.map((a) => [a.id, a.name])), names, membership(regions.municipalities), SITE_URL);
}

/** data/actors.csv: a row per actor. */
export async function getActorsCsv(): Promise<string> {
  const [catalog, names] = await Promise.all([getCatalog(), getRegionNames()]);
  return actorsCsv(catalog.actors, names, SITE_URL);
}
