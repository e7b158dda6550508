/** Every entry that can cite a source, with the page it lives on (for /lahteet/ and staleness lists). */
import { routes } from '@/lib/routes';
import { getCatalog } from './catalog';
import { getRegions } from './regions';

export interface CitingEntry {
  href: string;
  name: string;
  value: unknown;
  verified?: string | undefined;
}

export async function getCitingEntries(): Promise<CitingEntry[]> {
  const catalog = await getCatalog();
  const regions = await getRegions();
  return [
    ...catalog.services.map((s) => ({ href: routes.service(s.id), name: s.name, value: s, verified: s.verified })),
    ...catalog.actors.map((a) => ({ href: routes.actor(a.id), name: a.name, value: a, verified: a.verified })),
    ...catalog.roles.map((r) => ({ href: routes.role(r.id), name: r.name, value: r, verified: r.verified })),
    ...catalog.criteria.map((c) => ({ href: routes.search(c.title), name: c.title, value: c, verified: c.verified })),
    ...catalog.pathways.map((p) => ({ href: routes.pathway(p.id), name: p.title, value: p, verified: p.verified })),
    ...catalog.staircases.map((s) => ({ href: routes.staircase(s.id), name: s.title, value: s, verified: s.verified })),
    ...catalog.glossary.map((g) => ({ href: routes.glossary(g.id), name: g.term, value: g })),
    ...regions.wellbeingAreas.map((w) => ({ href: routes.wellbeingArea(w.id), name: w.name, value: w })),
    ...regions.employmentAreas.map((e) => ({ href: routes.employmentArea(e.id), name: e.name, value: e })),
  ];
}
