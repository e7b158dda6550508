/** data/regions.csv: municipality, code, wellbeing area, employment area. */
import type { APIRoute } from 'astro';
import { getRegions } from '@/data/regions';
import { regionsCsv } from '@/lib/open-data/contract';

export const GET: APIRoute = async () =>
  new Response(regionsCsv(await getRegions()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
