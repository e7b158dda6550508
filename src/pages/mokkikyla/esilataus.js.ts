/**
 * mokkikyla/esilataus.js: the module script that preloads the chosen region's village data
 * (src/lib/village/preload.ts), written at build time with every wellbeing area's data address.
 */
import type { APIRoute } from 'astro';
import { getRegions } from '@/data/regions';
import { routes } from '@/lib/routes';
import { preloadScript } from '@/lib/village/preload';
import { villageAreas } from '@/lib/village/regions';

export const GET: APIRoute = async () => {
  const areas = villageAreas(await getRegions());
  const files = Object.fromEntries(areas.map((area) => [area.id, routes.villageData(area.id)]));
  return new Response(preloadScript(files), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
