/**
 * The list of /palvelut/: the two groups of src/lib/catalog/standing.ts (lasting first), each split
 * by kind (services, operating models, programmes, projects); and the filter by name, target group
 * and wellbeing area that a small script applies to the rendered list (the grouping needs no script).
 */
import { serviceKinds, type ServiceKind } from '../../schemas/enums.ts';
import { fold } from '../text/finnish.ts';
import { expandRefs, reachOf, type Membership, type RegionRefsLike } from '../regions/catalog.ts';
import { groupCatalog, type CatalogGroup, type Standing } from './standing.ts';

/** A group of the list with its kinds, each kind's services in the group's order; empty kinds left out. */
export interface CatalogSection<S> {
  group: CatalogGroup;
  count: number;
  kinds: { kind: ServiceKind; services: S[] }[];
}

/** Lasting services first, then projects, pilots and ended ones; within each, one block per kind. */
export function catalogSections<S extends Standing & { kind: ServiceKind }>(services: readonly S[]): CatalogSection<S>[] {
  return groupCatalog(services).map(({ group, services: members }) => ({
    group,
    count: members.length,
    kinds: serviceKinds
      .map((kind) => ({ kind, services: members.filter((service) => service.kind === kind) }))
      .filter((block) => block.services.length > 0),
  }));
}

/** What the filter reads of a service (as data attributes on its list item). */
export interface FilterableService {
  /** Name, summary and keywords, folded (lower case, ä/ö/å as a/o). */
  text: string;
  targetGroups: readonly string[];
  /** Wellbeing areas where the service is available, or 'national' for everywhere. */
  areas: readonly string[] | 'national';
}

/** The reader's choice: words, one target group, one wellbeing area ('' for any). */
export interface CatalogFilter {
  query: string;
  targetGroup: string;
  area: string;
}

/** The words a service is found by: its name, summary and keywords, folded once at build time. */
export function filterText(service: { name: string; summary: string; keywords?: readonly string[] | undefined }): string {
  return fold([service.name, service.summary, ...(service.keywords ?? [])].join(' '));
}

/** True when the service has every word of the query, the target group and is available in the area. */
export function matchesCatalogFilter(service: FilterableService, filter: CatalogFilter): boolean {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  if (!words.every((word) => service.text.includes(word))) return false;
  if (filter.targetGroup !== '' && !service.targetGroups.includes(filter.targetGroup)) return false;
  if (filter.area !== '' && service.areas !== 'national' && !service.areas.includes(filter.area)) return false;
  return true;
}

/**
 * The wellbeing areas where a service is available: 'national' when the service or one of its
 * offerings covers the whole country, otherwise every wellbeing area its regions or offerings reach
 * (wholly or in part), in the order of `wellbeingIds`.
 */
export function serviceAreas(
  service: { regions: RegionRefsLike; offerings: readonly { regions: RegionRefsLike }[] },
  members: Membership,
  wellbeingIds: readonly string[],
): string[] | 'national' {
  const expanded = [service.regions, ...service.offerings.map((offering) => offering.regions)].map((refs) => expandRefs(refs, members));
  if (expanded.includes('national')) return 'national';
  return wellbeingIds.filter((id) => expanded.some((set) => reachOf(set, members.wellbeing.get(id) ?? []) !== null));
}

/** The area list as a data attribute: "national" or the ids separated by spaces. */
export function encodeAreas(areas: readonly string[] | 'national'): string {
  return areas === 'national' ? 'national' : areas.join(' ');
}

/** The data attribute read back. */
export function decodeAreas(text: string): readonly string[] | 'national' {
  return text === 'national' ? 'national' : text.split(' ').filter(Boolean);
}
