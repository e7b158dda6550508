/**
 * One page of every type the site has, chosen from the built /data/*.json so the list follows the
 * catalogue: the front page, list and entry pages, /alueet/ and its subpages, the views, the
 * reference pages and the 404 page. The CSP, accessibility and XSS tests walk this list.
 */
import { siteJson } from './browser';

interface CatalogJson {
  services: { id: string; referral?: unknown }[];
  actors: { id: string }[];
  roles: { id: string }[];
  pathways: { id: string }[];
}
interface RegionsJson {
  wellbeingAreas: { id: string }[];
  employmentAreas: { id: string }[];
}

export interface PageType {
  /** What kind of page: "service", "pathway", "404"… */
  type: string;
  path: string;
  /** The HTTP status the page answers with (404 for the not-found page). */
  status: number;
}

/** Every page type once, and every pathway (each draws its own diagram). */
export async function pageTypes(): Promise<PageType[]> {
  const catalog = await siteJson<CatalogJson>('/data/catalog.json');
  const regions = await siteJson<RegionsJson>('/data/regions.json');
  const first = <T>(list: readonly T[], what: string): T => {
    const item = list[0];
    if (item === undefined) throw new Error(`the catalogue has no ${what}`);
    return item;
  };
  const service = catalog.services.find((candidate) => candidate.referral !== undefined) ?? first(catalog.services, 'service');
  const [a, b] = regions.wellbeingAreas;
  const ok = (type: string, path: string): PageType => ({ type, path, status: 200 });
  return [
    ok('home', '/'),
    ok('services', '/palvelut/'),
    ok('service', `/palvelut/${service.id}/`),
    ok('actors', '/toimijat/'),
    ok('actor', `/toimijat/${first(catalog.actors, 'actor').id}/`),
    ok('role', `/roolit/${first(catalog.roles, 'role').id}/`),
    ok('regions', '/alueet/'),
    ok('wellbeing area', `/alueet/hyvinvointialueet/${first(regions.wellbeingAreas, 'wellbeing area').id}/`),
    ok('employment area', `/alueet/tyollisyysalueet/${first(regions.employmentAreas, 'employment area').id}/`),
    ok('coverage', '/alueet/kattavuus/'),
    ok('coverage area', `/alueet/kattavuus/hyvinvointialueet/${first(regions.wellbeingAreas, 'wellbeing area').id}/`),
    ok('compare', `/alueet/vertaa/?a=${a?.id ?? ''}&b=${b?.id ?? ''}`),
    ok('village', '/mokkikyla/'),
    ok('staircase', '/portaat/'),
    ok('pathways', '/polut/'),
    ...catalog.pathways.map((pathway) => ok('pathway', `/polut/${pathway.id}/`)),
    ok('search', '/ohjautuminen/?q=nuori%20ty%C3%B6t%C3%B6n%20tarvitsee%20tukea'),
    ok('orientation', '/perehdytys/'),
    ok('glossary', '/sanasto/'),
    ok('sources', '/lahteet/'),
    ok('accessibility statement', '/saavutettavuus/'),
    { type: '404', path: '/ei-tallaista-sivua/', status: 404 },
  ];
}
