/** data/services.csv: a row per offering (service, provider, region, status, referral route), UTF-8 with BOM. */
import type { APIRoute } from 'astro';
import { getServicesCsv } from '@/data/open-data';

export const GET: APIRoute = async () => new Response(await getServicesCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
