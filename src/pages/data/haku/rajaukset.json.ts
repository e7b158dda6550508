/** data/haku/rajaukset.json: per service the provider kinds, levels and regions (fetched when a filter or a place needs them). */
import type { APIRoute } from 'astro';
import { getSearchParts } from '@/data/search';

export const GET: APIRoute = async () => new Response(JSON.stringify((await getSearchParts()).facets), { headers: { 'Content-Type': 'application/json' } });
