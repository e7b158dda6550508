/**
 * Which actors and services of the catalogue reach an area (a wellbeing area or an employment
 * area). Region references are expanded to municipalities, so an offering named for an employment
 * area is found on the page of every wellbeing area it overlaps, and we can say whether it covers
 * the whole area or part of it.
 */
import type { ActorScope } from '../../schemas/enums.ts';
import type { Municipality } from './structure.ts';
import { membersBy } from './structure.ts';

/** A region reference in its object form (src/schemas/shared.ts regionRefs). */
export interface RegionRefsLike {
  national: boolean;
  wellbeingAreas: readonly string[];
  employmentAreas: readonly string[];
  municipalities: readonly string[];
}

/**
 * How something reaches an area:
 * - national: the whole country (a national actor or service);
 * - every-area: an organisation type found in every wellbeing or employment area;
 * - full: named for the area, or for areas/municipalities that together cover all of it;
 * - partial: named for part of the area (some of its municipalities, or an overlapping area).
 */
export type Reach = 'national' | 'every-area' | 'full' | 'partial';

export interface Membership {
  wellbeing: Map<string, string[]>;
  employment: Map<string, string[]>;
}

export function membership(municipalities: readonly Municipality[]): Membership {
  return { wellbeing: membersBy(municipalities, 'wellbeingArea'), employment: membersBy(municipalities, 'employmentArea') };
}

/** The municipality codes a reference names, or 'national'. */
export function expandRefs(refs: RegionRefsLike, members: Membership): Set<string> | 'national' {
  if (refs.national) return 'national';
  return new Set([
    ...refs.wellbeingAreas.flatMap((id) => members.wellbeing.get(id) ?? []),
    ...refs.employmentAreas.flatMap((id) => members.employment.get(id) ?? []),
    ...refs.municipalities,
  ]);
}

/** How the expanded reference reaches an area with the given member codes; null when it does not. */
export function reachOf(expanded: Set<string> | 'national', areaMembers: readonly string[]): Reach | null {
  if (expanded === 'national') return 'national';
  const inside = areaMembers.filter((code) => expanded.has(code)).length;
  if (inside === 0) return null;
  return inside === areaMembers.length ? 'full' : 'partial';
}

/** Local reaches first, then organisation types everywhere, then national. */
const ORDER: Record<Reach, number> = { full: 0, partial: 1, 'every-area': 2, national: 3 };
export const reachOrder = (a: Reach, b: Reach): number => ORDER[a] - ORDER[b];

interface ActorLike {
  id: string;
  name: string;
  scope: ActorScope;
  regions?: RegionRefsLike | undefined;
}

interface OfferingLike {
  id: string;
  provider: string;
  regions: RegionRefsLike;
}

interface ServiceLike {
  id: string;
  name: string;
  regions: RegionRefsLike;
  offerings: readonly OfferingLike[];
}

export interface Reached<T> {
  item: T;
  reach: Reach;
}

export interface ReachedService<S extends ServiceLike> extends Reached<S> {
  /** Offerings that reach the area (national ones included). */
  offerings: { offering: S['offerings'][number]; reach: Reach }[];
}

const byReachThenName = <T extends { name: string }>(a: Reached<T>, b: Reached<T>) =>
  reachOrder(a.reach, b.reach) || a.item.name.localeCompare(b.item.name, 'fi');

/** Actors that work in an area: national ones, organisation types found in every area, and regional ones named there. */
export function actorsInArea<A extends ActorLike>(
  actors: readonly A[],
  areaMembers: readonly string[],
  members: Membership,
): Reached<A>[] {
  const found: Reached<A>[] = [];
  for (const actor of actors) {
    let reach: Reach | null;
    if (actor.scope === 'national') reach = 'national';
    else if (actor.scope === 'regional') reach = actor.regions ? reachOf(expandRefs(actor.regions, members), areaMembers) : null;
    else reach = 'every-area';
    if (reach !== null) found.push({ item: actor, reach });
  }
  return found.sort(byReachThenName);
}

/** Services available in an area: the service's own regions or any of its offerings reach it. */
export function servicesInArea<S extends ServiceLike>(
  services: readonly S[],
  areaMembers: readonly string[],
  members: Membership,
): ReachedService<S>[] {
  const found: ReachedService<S>[] = [];
  for (const service of services) {
    const offerings = service.offerings.flatMap((offering) => {
      const reach = reachOf(expandRefs(offering.regions, members), areaMembers);
      return reach === null ? [] : [{ offering, reach }];
    });
    const reaches = [reachOf(expandRefs(service.regions, members), areaMembers), ...offerings.map((o) => o.reach)].filter(
      (reach): reach is Reach => reach !== null,
    );
    if (reaches.length === 0) continue;
    offerings.sort((a, b) => reachOrder(a.reach, b.reach) || a.offering.id.localeCompare(b.offering.id));
    found.push({ item: service, reach: reaches.sort(reachOrder)[0]!, offerings });
  }
  return found.sort(byReachThenName);
}
