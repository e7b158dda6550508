/** /alueet/kattavuus.csv: the whole coverage table for spreadsheets. */
import type { APIRoute } from 'astro';
import { getCoverage } from '@/data/regions-coverage';
import { label, t } from '@/i18n/ui';
import { coverageCsv } from '@/lib/regions/coverage';

export const GET: APIRoute = async () => {
  const table = await getCoverage();
  const csv = coverageCsv(
    table,
    table.rows,
    { service: t('regions.coverage.service'), kind: t('regions.coverage.kind') },
    (cell) => label('regions.coverage.cell', cell.reach),
    (kind) => label('serviceKind', kind),
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
