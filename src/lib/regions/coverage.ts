/**
 * The planners' coverage table: services × wellbeing areas, from the services' offerings (and
 * national services), so it shows what exists where and where a service is missing.
 */
import { toCsv } from '../csv.ts';
import { expandRefs, reachOf, reachOrder, type Membership, type RegionRefsLike, type Reach } from './catalog.ts';

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

/** Builds the table; rows sorted by name, columns in the given area order. */
export function coverageTable(
  services: readonly ServiceLike[],
  areas: readonly { id: string; name: string }[],
  members: Membership,
): CoverageTable {
  const rows = services.map((service): CoverageRow => {
    const own = expandRefs(service.regions, members);
    const offerings = service.offerings.map((o) => expandRefs(o.regions, members));
    const cells = areas.map((area): CoverageCell => {
      const codes = members.wellbeing.get(area.id) ?? [];
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

/** Filter state of the table; empty string means "all". */
export interface CoverageFilter {
  kind: string;
  level: string;
}

export function filterCoverage(rows: readonly CoverageRow[], filter: CoverageFilter): CoverageRow[] {
  return rows.filter(
    (row) => (filter.kind === '' || row.kind === filter.kind) && (filter.level === '' || row.staircaseLevels.includes(filter.level)),
  );
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
