/** data/hsds/taxonomies.json: an array of HSDS 3.0 objects (src/lib/open-data/hsds.ts), validated in tests and on /data/. */
import type { APIRoute } from 'astro';
import { getHsdsExport } from '@/data/open-data';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await getHsdsExport()).taxonomies, null, 1), { headers: { 'Content-Type': 'application/json' } });
