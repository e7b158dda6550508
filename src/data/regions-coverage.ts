/**
 * The coverage tables (services × wellbeing areas, services × employment areas) for /alueet/kattavuus/,
 * its per-area pages and the CSV.
 */
import { getCatalog } from './catalog';
import { getRegionOverview } from './regions-overview';
import {
  areaCounts,
  areaServices,
  coverageTable,
  groupByKind,
  levelCounts,
  nationalCount,
  sourceFocus,
  totalCounts,
  type CoverageTable,
  type SourceFocus,
} from '@/lib/regions/coverage';
import type { Division } from '@/lib/regions/structure';
import { serviceKinds } from '@/schemas/enums';

const cached = new Map<Division, Promise<CoverageTable>>();

/** The table over one division's areas: wellbeing areas by code, employment areas by name. Computed once per build. */
export function getCoverage(division: Division = 'wellbeing'): Promise<CoverageTable> {
  let table = cached.get(division);
  if (table === undefined) {
    table = build(division);
    cached.set(division, table);
  }
  return table;
}

async function build(division: Division): Promise<CoverageTable> {
  const [catalog, overview] = await Promise.all([getCatalog(), getRegionOverview()]);
  const areas =
    division === 'wellbeing'
      ? [...overview.tables.wellbeingAreas].sort((a, b) => a.code.localeCompare(b.code))
      : [...overview.tables.employmentAreas].sort((a, b) => a.name.localeCompare(b.name, 'fi'));
  return coverageTable(catalog.services, areas.map((a) => ({ id: a.id, name: a.name })), overview.members, division);
}

/** What the coverage and comparison views say about their own limits: where the sources mainly are, and how many services are national. */
export async function getCoverageHonesty(): Promise<{ focus: SourceFocus; national: number }> {
  const table = await getCoverage();
  return { focus: sourceFocus(table), national: nationalCount(table.rows) };
}

/** The overview: per area of each division, how many services reach it. */
export async function getCoverageOverview() {
  const [wellbeing, employment] = await Promise.all([getCoverage('wellbeing'), getCoverage('employment')]);
  return { wellbeing: areaCounts(wellbeing), employment: areaCounts(employment), services: wellbeing.rows.length };
}

/** One area's page: its services grouped by kind, and counted per staircase level (ladder by ladder). */
export async function getAreaCoverage(division: Division, id: string) {
  const [table, catalog] = await Promise.all([getCoverage(division), getCatalog()]);
  const rows = areaServices(table, id);
  return {
    counts: totalCounts(rows),
    kinds: groupByKind(rows, serviceKinds),
    ladders: catalog.staircases.map((ladder) => {
      const names = new Map(ladder.levels.map((level) => [level.id, level.name]));
      return {
        id: ladder.id,
        title: ladder.title,
        levels: levelCounts(rows, ladder.levels.map((level) => level.id)).map((entry) => ({ ...entry, name: names.get(entry.level) ?? entry.level })),
      };
    }),
  };
}
