/** data/yllapito.json: the maintainers' worklist of /yllapito/ (src/lib/maintenance/report.ts). */
import type { APIRoute } from 'astro';
import { getMaintenanceReport } from '@/data/maintenance';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getMaintenanceReport(), null, 1), { headers: { 'Content-Type': 'application/json' } });
