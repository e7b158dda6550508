/** data/catalog.json: every catalogue collection with its content fields (README.md "Data for other tools"). */
import type { APIRoute } from 'astro';
import { getCatalog } from '@/data/catalog';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const body = {
    generated: 'palvelukyla',
    actors: catalog.actors,
    roles: catalog.roles,
    services: catalog.services,
    criteria: catalog.criteria,
    pathways: catalog.pathways,
    staircase: { ladders: catalog.staircases },
    glossary: catalog.glossary,
    sources: catalog.sources,
    targetGroups: catalog.targetGroups,
    situations: catalog.situations,
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
