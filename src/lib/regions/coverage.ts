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
    };
  });
  rows.sort((a, b) => a.name.localeCompare(b.name, 'fi'));
  return { areas: [...areas], rows };
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

/** CSV for spreadsheets: one row per service, one column per area, cells as labelled by `cellText`. */
export function coverageCsv(
  table: { areas: readonly { name: string }[] },
  rows: readonly CoverageRow[],
  header: { service: string; kind: string },
  cellText: (cell: CoverageCell) => string,
  kindText: (kind: string) => string = (kind) => kind,
): string {
  return toCsv([
    [header.service, header.kind, ...table.areas.map((a) => a.name)],
    ...rows.map((row) => [row.name, kindText(row.kind), ...row.cells.map(cellText)]),
  ]);
}
