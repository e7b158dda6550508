/**
 * The planners' coverage table: services × areas (wellbeing areas, or employment areas), from the
 * services' offerings (and national services), so it shows what exists where and where a service
 * is missing. The whole table is data (the CSV); pages show its counts per area and one area's
 * column at a time, so no page grows with the catalogue times the number of areas.
 */
import { toCsv } from '../csv.ts';
import { expandRefs, reachOf, reachOrder, type Membership, type RegionRefsLike, type Reach } from './catalog.ts';
import type { Division } from './structure.ts';

interface ServiceLike {
  id: string;
  name: string;
  kind: string;
  status: string;
  staircaseLevels: readonly string[];
  regions: RegionRefsLike;
  offerings: readonly { id: string; regions: RegionRefsLike }[];
}

/** One cell: how the service reaches the area ('none' when it does not), and how many offerings do. */
export interface CoverageCell {
  reach: Exclude<Reach, 'every-area'> | 'none';
  offerings: number;
}

export interface CoverageRow {
  id: string;
  name: string;
  kind: string;
  status: string;
  staircaseLevels: readonly string[];
  cells: CoverageCell[];
  /** Areas with any local (full or partial) presence. */
  localAreas: number;
  /** The service (or one of its offerings) is national: available in every area, whatever the local count. */
  national: boolean;
}

export interface CoverageTable {
  areas: { id: string; name: string }[];
  rows: CoverageRow[];
}

/** Builds the table; rows sorted by name, columns in the given area order (areas of `division`). */
export function coverageTable(
  services: readonly ServiceLike[],
  areas: readonly { id: string; name: string }[],
  members: Membership,
  division: Division = 'wellbeing',
): CoverageTable {
  const rows = services.map((service): CoverageRow => {
    const own = expandRefs(service.regions, members);
    const offerings = service.offerings.map((o) => expandRefs(o.regions, members));
    const cells = areas.map((area): CoverageCell => {
      const codes = members[division].get(area.id) ?? [];
      const offeringReaches = offerings.map((set) => reachOf(set, codes)).filter((r): r is Reach => r !== null);
      const all = [reachOf(own, codes), ...offeringReaches].filter((r): r is Reach => r !== null).sort(reachOrder);
      const best = all[0];
      return {
        reach: best === undefined || best === 'every-area' ? (best === undefined ? 'none' : 'national') : best,
        offerings: offeringReaches.length,
      };
    });
    return {
      id: service.id,
      name: service.name,
      kind: service.kind,
      status: service.status,
      staircaseLevels: service.staircaseLevels,
      cells,
      localAreas: cells.filter((c) => c.reach === 'full' || c.reach === 'partial').length,
      national: own === 'national' || offerings.some((set) => set === 'national'),
    };
  });
  rows.sort((a, b) => a.name.localeCompare(b.name, 'fi'));
  return { areas: [...areas], rows };
}

/** An area and how many services the catalogue records there locally (full or partial reach). */
export interface AreaFocus {
  id: string;
  name: string;
  services: number;
}

/** Where the catalogue's sources mainly are, and how little the other areas have. */
export interface SourceFocus {
  /** Areas with at least `share` of the best-covered area's count, most first (ties by name). */
  main: AreaFocus[];
  /** The other areas: how many, and the most services any of them has recorded. */
  rest: { areas: number; most: number };
}

/**
 * The areas the catalogue's sources mainly cover, computed from the services' regions and
 * offerings (so it never goes stale): every area whose locally recorded services reach `share`
 * of the best-covered area's. The coverage and comparison views name them, so an empty cell
 * elsewhere is read as "not in the catalogue", not "no such service".
 */
export function sourceFocus(table: CoverageTable, share = 0.25): SourceFocus {
  const counts = table.areas
    .map((area, index) => ({
      id: area.id,
      name: area.name,
      services: table.rows.filter((row) => row.cells[index]?.reach === 'full' || row.cells[index]?.reach === 'partial').length,
    }))
    .sort((a, b) => b.services - a.services || a.name.localeCompare(b.name, 'fi'));
  const best = counts[0]?.services ?? 0;
  const main = best === 0 ? [] : counts.filter((area) => area.services >= best * share);
  const rest = counts.slice(main.length);
  return { main, rest: { areas: rest.length, most: rest[0]?.services ?? 0 } };
}

/** How many services are national (available in every area). */
export function nationalCount(rows: readonly CoverageRow[]): number {
  return rows.filter((row) => row.national).length;
}

/** CSV for spreadsheets (with a byte order mark for Excel): one row per service, one column per area, cells as labelled by `cellText`. */
export function coverageCsv(
  table: { areas: readonly { name: string }[] },
  rows: readonly CoverageRow[],
  header: { service: string; kind: string },
  cellText: (cell: CoverageCell) => string,
  kindText: (kind: string) => string = (kind) => kind,
): string {
  return toCsv(
    [[header.service, header.kind, ...table.areas.map((a) => a.name)], ...rows.map((row) => [row.name, kindText(row.kind), ...row.cells.map(cellText)])],
    { bom: true },
  );
}

/** How a service that is available in an area reaches it. */
export type PresentReach = Exclude<CoverageCell['reach'], 'none'>;

/** How many services reach an area, and how. */
export interface ReachCounts {
  full: number;
  partial: number;
  /** National services with no offering recorded in the area. */
  national: number;
  /** Recorded for the area itself: full + partial. */
  local: number;
  /** Available in the area at all: local + national. */
  total: number;
}

/** The order count columns are shown in: the area's own count first (what a narrow screen shows before scrolling), the total last. */
export const countColumns = ['local', 'full', 'partial', 'national', 'total'] as const satisfies readonly (keyof ReachCounts)[];

function countReaches(reaches: Iterable<CoverageCell['reach']>): ReachCounts {
  const counts = { full: 0, partial: 0, national: 0 };
  for (const reach of reaches) if (reach !== 'none') counts[reach]++;
  const local = counts.full + counts.partial;
  return { ...counts, local, total: local + counts.national };
}

/** Per area (column) of the table, in its order: how many services reach it, and how. */
export function areaCounts(table: CoverageTable): ({ id: string; name: string } & ReachCounts)[] {
  return table.areas.map((area, index) => ({
    id: area.id,
    name: area.name,
    ...countReaches(table.rows.map((row) => row.cells[index]?.reach ?? 'none')),
  }));
}

/** A service available in one area: its column's cell, with what a list of services shows. */
export interface AreaServiceRow {
  id: string;
  name: string;
  kind: string;
  status: string;
  staircaseLevels: readonly string[];
  reach: PresentReach;
  /** Offerings that reach the area. */
  offerings: number;
}

const PRESENT_ORDER: Record<PresentReach, number> = { full: 0, partial: 1, national: 2 };

/**
 * The services that reach one area (its column of the table): recorded for the whole area first,
 * then for part of it, then national; by name within each (the table's rows are by name).
 */
export function areaServices(table: CoverageTable, areaId: string): AreaServiceRow[] {
  const index = table.areas.findIndex((area) => area.id === areaId);
  if (index < 0) throw new Error(`No area "${areaId}" in the coverage table`);
  const found: AreaServiceRow[] = [];
  for (const row of table.rows) {
    const cell = row.cells[index];
    if (cell === undefined || cell.reach === 'none') continue;
    found.push({ id: row.id, name: row.name, kind: row.kind, status: row.status, staircaseLevels: row.staircaseLevels, reach: cell.reach, offerings: cell.offerings });
  }
  // Array.prototype.sort is stable, so the name order survives within a reach.
  return found.sort((a, b) => PRESENT_ORDER[a.reach] - PRESENT_ORDER[b.reach]);
}

/** An area's services of one kind, with their counts. */
export interface KindGroup {
  kind: string;
  rows: AreaServiceRow[];
  counts: ReachCounts;
}

/** Rows grouped by kind: kinds in `order` first, any others after them alphabetically; empty kinds left out. */
export function groupByKind(rows: readonly AreaServiceRow[], order: readonly string[]): KindGroup[] {
  const groups = new Map<string, AreaServiceRow[]>();
  for (const row of rows) groups.set(row.kind, [...(groups.get(row.kind) ?? []), row]);
  const rank = (kind: string) => (order.includes(kind) ? order.indexOf(kind) : order.length);
  return [...groups.keys()]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((kind) => {
      const list = groups.get(kind) ?? [];
      return { kind, rows: list, counts: countReaches(list.map((row) => row.reach)) };
    });
}

/**
 * For each staircase level, in the given order: how many of an area's services are placed on it,
 * and how they reach the area. A level with no local service is where a planner looks for a gap
 * (in the services, or in the catalogue).
 */
export function levelCounts(rows: readonly AreaServiceRow[], levels: readonly string[]): { level: string; counts: ReachCounts }[] {
  return levels.map((level) => ({ level, counts: countReaches(rows.filter((row) => row.staircaseLevels.includes(level)).map((row) => row.reach)) }));
}

/** All of an area's services counted together. */
export function totalCounts(rows: readonly AreaServiceRow[]): ReachCounts {
  return countReaches(rows.map((row) => row.reach));
}
