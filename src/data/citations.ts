/** Every entry that can cite a source, with the page it lives on (for /lahteet/ and staleness lists). */
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
    ...catalog.services.map((s) => ({ href: `/palvelut/${s.id}/`, name: s.name, value: s, verified: s.verified })),
    ...catalog.actors.map((a) => ({ href: `/toimijat/${a.id}/`, name: a.name, value: a, verified: a.verified })),
    ...catalog.roles.map((r) => ({ href: `/roolit/${r.id}/`, name: r.name, value: r, verified: r.verified })),
    ...catalog.criteria.map((c) => ({ href: `/ohjautuminen/?q=${encodeURIComponent(c.title)}`, name: c.title, value: c, verified: c.verified })),
    ...catalog.pathways.map((p) => ({ href: `/polut/${p.id}/`, name: p.title, value: p, verified: p.verified })),
    ...catalog.staircases.map((s) => ({ href: `/portaat/#${s.id}`, name: s.title, value: s, verified: s.verified })),
    ...catalog.glossary.map((g) => ({ href: `/sanasto/#${g.id}`, name: g.term, value: g })),
    ...regions.wellbeingAreas.map((w) => ({ href: `/alueet/hyvinvointialueet/${w.id}/`, name: w.name, value: w })),
    ...regions.employmentAreas.map((e) => ({ href: `/alueet/tyollisyysalueet/${e.id}/`, name: e.name, value: e })),
  ];
}
