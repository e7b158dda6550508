/**
 * How lasting a service is and how the catalogue orders services by it: a permanence badge,
 * the "this has ended" notice, and the two groups of /palvelut/ (statutory and established
 * services first, then projects, pilots and ended services).
 */
import type { Permanence, Status } from '../../schemas/enums.ts';

/** What these functions read of a service. */
export interface Standing {
  id: string;
  name: string;
  status: Status;
  permanence?: Permanence | undefined;
  years?: string | undefined;
  replacedBy?: readonly string[] | undefined;
}

/** A permanence badge: which label (`permanence.<kind>`) and, for a project, its years. */
export interface PermanenceBadge {
  kind: Permanence;
  years?: string | undefined;
}

/** The badge a service gets from its `permanence`, or none when the content does not say. */
export function permanenceBadge(service: Standing): PermanenceBadge | undefined {
  if (service.permanence === undefined) return undefined;
  if (service.permanence === 'project' && service.years !== undefined) return { kind: 'project', years: service.years };
  return { kind: service.permanence };
}

/**
 * Whether the status needs its own badge beside the permanence badge: always when permanence is
 * unknown; otherwise only when it adds something (ended, proposal), since "statutory" and
 * "project" already say established and pilot.
 */
export function showsStatus(service: Standing): boolean {
  return service.permanence === undefined || service.status === 'ended' || service.status === 'proposal';
}

/** The notice at the top of an ended service's page: its years and the ids of what replaced it. */
export interface EndedNotice {
  years?: string | undefined;
  replacedBy: readonly string[];
}

/** For an ended service, what its page says first; undefined for a running one. */
export function endedNotice(service: Standing): EndedNotice | undefined {
  if (service.status !== 'ended') return undefined;
  return { years: service.years, replacedBy: service.replacedBy ?? [] };
}

/** The two groups of the service list, in the order they are shown. */
export const catalogGroups = ['lasting', 'temporary'] as const;
export type CatalogGroup = (typeof catalogGroups)[number];

/**
 * lasting: statutory, permanent and other established services still running;
 * temporary: projects, pilots, proposals and every ended service (statutory ones included).
 */
export function catalogGroup(service: Standing): CatalogGroup {
  if (service.status === 'ended' || service.status === 'pilot' || service.status === 'proposal') return 'temporary';
  return service.permanence === 'project' ? 'temporary' : 'lasting';
}

/**
 * Services in their groups for /palvelut/: lasting first, each group by name (Finnish
 * collation); in the temporary group the running projects come before the ended ones. Empty
 * groups are left out.
 */
export function groupCatalog<S extends Standing>(services: readonly S[]): { group: CatalogGroup; services: S[] }[] {
  const byName = (a: S, b: S): number => a.name.localeCompare(b.name, 'fi') || a.id.localeCompare(b.id);
  const endedLast = (a: S, b: S): number => Number(a.status === 'ended') - Number(b.status === 'ended');
  return catalogGroups
    .map((group) => {
      const members = services.filter((service) => catalogGroup(service) === group);
      members.sort(group === 'temporary' ? (a, b) => endedLast(a, b) || byName(a, b) : byName);
      return { group, services: members };
    })
    .filter((entry) => entry.services.length > 0);
}
