/** The coverage table (services × wellbeing areas) for /alueet/kattavuus/ and its CSV. */
import { getCatalog } from './catalog';
import { getRegionOverview } from './regions-overview';
import { coverageTable, type CoverageTable } from '@/lib/regions/coverage';

export async function getCoverage(): Promise<CoverageTable> {
  const [catalog, overview] = await Promise.all([getCatalog(), getRegionOverview()]);
  const areas = [...overview.tables.wellbeingAreas].sort((a, b) => a.code.localeCompare(b.code)).map((a) => ({ id: a.id, name: a.name }));
  return coverageTable(catalog.services, areas, overview.members);
}
