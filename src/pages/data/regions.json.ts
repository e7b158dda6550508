/** data/regions.json: the regional contract of src/lib/open-data/contract.ts, derived from the municipality table. */
import type { APIRoute } from 'astro';
import { getRegions } from '@/data/regions';
import { regionsContract } from '@/lib/open-data/contract';

export const GET: APIRoute = async () => {
  const body = regionsContract(await getRegions());
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
