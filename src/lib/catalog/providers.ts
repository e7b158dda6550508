/**
 * "Kuka tuottaa alueellasi" on a service page: for each wellbeing area, who provides the service
 * there (its offerings that reach the area, wholly or in part), and whether it is national. The
 * page lists every area without script; a small script shows the reader's own.
 */
import { expandRefs, reachOf, type Membership, type RegionRefsLike } from '../regions/catalog.ts';

interface OfferingLike {
  id: string;
  provider: string;
  name?: string | undefined;
  status: string;
  years?: string | undefined;
  regions: RegionRefsLike;
}

/** One provider in one area. */
export interface AreaProvider {
  offering: string;
  provider: string;
  /** The offering's local name, if it has one. */
  name?: string | undefined;
  status: string;
  years?: string | undefined;
  /** Whether the offering covers all of the area or part of it. */
  reach: 'full' | 'partial';
}

export interface ProvidersByArea {
  /** The service (or one of its offerings) covers the whole country. */
  national: boolean;
  /** Areas with a provider of their own, in the order of `wellbeingIds`. */
  areas: { area: string; providers: AreaProvider[] }[];
}

/**
 * Who provides the service in each wellbeing area. An area the service names without an offering
 * there gets the service's own organisers and producers (`ownProviders`) as its providers.
 */
export function providersByArea(
  service: { regions: RegionRefsLike; offerings: readonly OfferingLike[]; status: string; years?: string | undefined },
  ownProviders: readonly string[],
  members: Membership,
  wellbeingIds: readonly string[],
): ProvidersByArea {
  const serviceReach = expandRefs(service.regions, members);
  const national = serviceReach === 'national' || service.offerings.some((offering) => offering.regions.national);
  const areas = wellbeingIds.flatMap((area) => {
    const areaMembers = members.wellbeing.get(area) ?? [];
    const providers: AreaProvider[] = service.offerings.flatMap((offering) => {
      if (offering.regions.national) return [];
      const reach = reachOf(expandRefs(offering.regions, members), areaMembers);
      return reach !== 'full' && reach !== 'partial'
        ? []
        : [{ offering: offering.id, provider: offering.provider, name: offering.name, status: offering.status, years: offering.years, reach }];
    });
    if (providers.length === 0 && serviceReach !== 'national') {
      const reach = reachOf(serviceReach, areaMembers);
      if (reach === 'full' || reach === 'partial') {
        providers.push(...ownProviders.map((provider) => ({ offering: '', provider, status: service.status, years: service.years, reach })));
      }
    }
    providers.sort((a, b) => Number(a.reach === 'partial') - Number(b.reach === 'partial'));
    return providers.length === 0 ? [] : [{ area, providers }];
  });
  return { national, areas };
}
