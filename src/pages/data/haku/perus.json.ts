/** data/haku/perus.json: the search index's entry (src/lib/search/shards.ts), the first part the search page fetches. */
import type { APIRoute } from 'astro';
import { getSearchParts } from '@/data/search';

export const GET: APIRoute = async () => new Response(JSON.stringify((await getSearchParts()).entry), { headers: { 'Content-Type': 'application/json' } });
