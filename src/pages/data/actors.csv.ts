/** data/actors.csv: a row per actor, UTF-8 with BOM. */
import type { APIRoute } from 'astro';
import { getActorsCsv } from '@/data/open-data';

export const GET: APIRoute = async () => new Response(await getActorsCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
