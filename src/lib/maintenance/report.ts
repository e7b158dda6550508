/**
 * The maintainers' worklist (/yllapito/, data/yllapito.json and the build's warning): entries
 * whose check against the sources is older than the interval, services without offerings or
 * without criteria, and areas that no regional offering reaches. Pure: the page, the endpoint and the
 * content gate's integration pass plain content in.
 */
import { expandRefs, type Membership, type RegionRefsLike } from '../regions/catalog.ts';
import { routes } from '../routes.ts';
import { daysSince } from './freshness.ts';

/** Collections whose entries carry a `verified` date and a page (or an anchor) of their own. */
export type VerifiedCollection = 'services' | 'actors' | 'roles' | 'criteria' | 'pathways' | 'staircases';

interface Verified {
  id: string;
  verified: string;
}

export interface MaintenanceInput {
  services: readonly (Verified & { name: string; regions: RegionRefsLike; offerings: readonly { regions: RegionRefsLike }[] })[];
  actors: readonly (Verified & { name: string })[];
  roles: readonly (Verified & { name: string })[];
  criteria: readonly (Verified & { title: string; appliesTo: readonly string[] })[];
  pathways: readonly (Verified & { title: string })[];
  staircases: readonly (Verified & { title: string })[];
  wellbeingAreas: readonly { id: string; name: string }[];
  employmentAreas: readonly { id: string; name: string }[];
  members: Membership;
}

/** One line of the worklist: what, where its page is. */
export interface WorkItem {
  collection: VerifiedCollection | 'wellbeingAreas' | 'employmentAreas';
  id: string;
  name: string;
  /** The item's page on this site. */
  href: string;
}

export interface StaleItem extends WorkItem {
  verified: string;
  /** Days since `verified` on the report's date. */
  days: number;
}

export interface MaintenanceReport {
  /** The date the report was made for (the build's date). */
  today: string;
  /** Entries older than this many days are stale (src/lib/site.ts). */
  intervalDays: number;
  /** Oldest check first. */
  stale: StaleItem[];
  /** Services with no regional offering; `national` ones are available everywhere even so. */
  servicesWithoutOfferings: (WorkItem & { national: boolean })[];
  /** Services no criteria list applies to. */
  servicesWithoutCriteria: WorkItem[];
  /** Wellbeing and employment areas that no regional offering of any service reaches (national offerings do not count). */
  regionsWithoutOfferings: WorkItem[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'fi');

const HREF: Record<VerifiedCollection, (id: string, name: string) => string> = {
  services: (id) => routes.service(id),
  actors: (id) => routes.actor(id),
  roles: (id) => routes.role(id),
  // Criteria lists have no page of their own: the search shows them (as in /lahteet/).
  criteria: (_, name) => routes.search(name),
  pathways: (id) => routes.pathway(id),
  staircases: (id) => routes.staircase(id),
};

/** Every dated entry as a work item, before the staleness filter. */
function datedEntries(input: MaintenanceInput): (WorkItem & { verified: string; collection: VerifiedCollection })[] {
  const item = (collection: VerifiedCollection, id: string, name: string, verified: string) => ({
    collection,
    id,
    name,
    verified,
    href: HREF[collection](id, name),
  });
  return [
    ...input.services.map((s) => item('services', s.id, s.name, s.verified)),
    ...input.actors.map((a) => item('actors', a.id, a.name, a.verified)),
    ...input.roles.map((r) => item('roles', r.id, r.name, r.verified)),
    ...input.criteria.map((c) => item('criteria', c.id, c.title, c.verified)),
    ...input.pathways.map((p) => item('pathways', p.id, p.title, p.verified)),
    ...input.staircases.map((s) => item('staircases', s.id, s.title, s.verified)),
  ];
}

/** The worklist on `today` (ISO date) with entries older than `intervalDays` counted as stale. */
export function maintenanceReport(input: MaintenanceInput, today: string, intervalDays: number): MaintenanceReport {
  const stale = datedEntries(input)
    .map((entry) => ({ ...entry, days: daysSince(entry.verified, today) }))
    .filter((entry) => entry.days > intervalDays)
    .sort((a, b) => a.verified.localeCompare(b.verified) || byName(a, b));

  const servicesWithoutOfferings = input.services
    .filter((s) => s.offerings.length === 0)
    .map((s) => ({ collection: 'services' as const, id: s.id, name: s.name, href: routes.service(s.id), national: s.regions.national }))
    .sort(byName);

  const withCriteria = new Set(input.criteria.flatMap((list) => list.appliesTo));
  const servicesWithoutCriteria = input.services
    .filter((s) => !withCriteria.has(s.id))
    .map((s) => ({ collection: 'services' as const, id: s.id, name: s.name, href: routes.service(s.id) }))
    .sort(byName);

  // A national offering is no local implementation: it would hide every gap.
  const reached = input.services.flatMap((s) =>
    s.offerings.flatMap((o) => {
      const set = expandRefs(o.regions, input.members);
      return set === 'national' ? [] : [set];
    }),
  );
  const anyOffering = (members: readonly string[]) => reached.some((set) => members.some((code) => set.has(code)));
  const regionsWithoutOfferings: WorkItem[] = [
    ...input.wellbeingAreas
      .filter((area) => !anyOffering(input.members.wellbeing.get(area.id) ?? []))
      .map((area) => ({ collection: 'wellbeingAreas' as const, id: area.id, name: area.name, href: routes.wellbeingArea(area.id) }))
      .sort(byName),
    ...input.employmentAreas
      .filter((area) => !anyOffering(input.members.employment.get(area.id) ?? []))
      .map((area) => ({ collection: 'employmentAreas' as const, id: area.id, name: area.name, href: routes.employmentArea(area.id) }))
      .sort(byName),
  ];

  return { today, intervalDays, stale, servicesWithoutOfferings, servicesWithoutCriteria, regionsWithoutOfferings };
}

/** How many items the worklist holds in all. */
export function workCount(report: MaintenanceReport): number {
  return (
    report.stale.length +
    report.servicesWithoutOfferings.length +
    report.servicesWithoutCriteria.length +
    report.regionsWithoutOfferings.length
  );
}

/**
 * The build log's warning (English, like the rest of the log), naming every item by its id; an
 * empty string when there is nothing to do.
 */
export function describeReport(report: MaintenanceReport): string {
  const ids = (items: readonly WorkItem[]) => items.map((item) => item.id).join(', ');
  const lines = [
    report.stale.length > 0 &&
      `${report.stale.length} entr${report.stale.length === 1 ? 'y' : 'ies'} not verified in ${report.intervalDays} days: ${report.stale.map((s) => `${s.collection}/${s.id} (${s.verified})`).join(', ')}`,
    report.servicesWithoutOfferings.length > 0 &&
      `${report.servicesWithoutOfferings.length} service(s) without offerings: ${ids(report.servicesWithoutOfferings)}`,
    report.servicesWithoutCriteria.length > 0 &&
      `${report.servicesWithoutCriteria.length} service(s) without criteria: ${ids(report.servicesWithoutCriteria)}`,
    report.regionsWithoutOfferings.length > 0 &&
      `${report.regionsWithoutOfferings.length} area(s) without offerings: ${ids(report.regionsWithoutOfferings)}`,
  ].filter((line): line is string => typeof line === 'string');
  return lines.length === 0 ? '' : ['Maintenance worklist (/yllapito/):', ...lines.map((line) => `  - ${line}`)].join('\n');
}
