/** data/haku/kriteerit.json: the finder criteria's ids and texts (fetched when the finder or a result shows them). */
import type { APIRoute } from 'astro';
import { getSearchParts } from '@/data/search';

export const GET: APIRoute = async () => new Response(JSON.stringify((await getSearchParts()).criteriaTexts), { headers: { 'Content-Type': 'application/json' } });
