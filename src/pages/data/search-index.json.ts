/** data/search-index.json: the referral search's static index (built once; the island fetches it). */
import type { APIRoute } from 'astro';
import { getSearchIndex } from '@/data/search';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getSearchIndex()), { headers: { 'Content-Type': 'application/json' } });
