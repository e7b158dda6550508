/** The coverage table (services × wellbeing areas) for /alueet/kattavuus/ and its CSV. */
import { getCatalog } from './catalog';
import { getRegionOverview } from './regions-overview';
import { coverageTable, nationalCount, sourceFocus, type CoverageTable, type SourceFocus } from '@/lib/regions/coverage';

let cached: Promise<CoverageTable> | undefined;

export function getCoverage(): Promise<CoverageTable> {
  cached ??= build();
  return cached;
}

async function build(): Promise<CoverageTable> {
  const [catalog, overview] = await Promise.all([getCatalog(), getRegionOverview()]);
  const areas = [...overview.tables.wellbeingAreas].sort((a, b) => a.code.localeCompare(b.code)).map((a) => ({ id: a.id, name: a.name }));
  return coverageTable(catalog.services, areas, overview.members);
}

/** What the coverage and comparison views say about their own limits: where the sources mainly are, and how many services are national. */
export async function getCoverageHonesty(): Promise<{ focus: SourceFocus; national: number }> {
  const table = await getCoverage();
  return { focus: sourceFocus(table), national: nationalCount(table.rows) };
}
