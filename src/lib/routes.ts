/**
 * Every address of a page of this site, built in one place (DESIGN.md "Routes"): a renamed route is
 * one edit here, and a link test checks one thing. Pure string functions, no astro:* imports, so
 * pages, islands, src/data and src/lib all use the same module.
 *
 * Ids come from content and are encoded (they are slugs, so the encoding changes nothing today but
 * keeps a stray character from breaking a path). Paths end in "/" (astro.config `trailingSlash`).
 * Query strings must stay as they are: shared links and tests rely on them, and the parsing side
 * lives with each feature (search/url-state, regions/compare, village/url-state).
 */
import type { Division } from './regions/structure.ts';

/** Files of the machine-readable output under /data/ (src/pages/data). */
export type DataFile =
  | 'catalog.json'
  | 'regions.json'
  | 'regions.csv'
  | 'services.csv'
  | 'actors.csv'
  | 'search-index.json'
  | 'yllapito.json'
  | 'hsds/services.json'
  | 'hsds/organizations.json'
  | 'hsds/taxonomies.json'
  | 'hsds/taxonomy_terms.json';

/** `/base/<id>/` with the id encoded. */
const entry = (base: string, id: string): string => `${base}${encodeURIComponent(id)}/`;

/** `path#anchor`, or `path` when there is no anchor. */
const anchored = (path: string, anchor?: string): string =>
  anchor === undefined || anchor === '' ? path : `${path}#${encodeURIComponent(anchor)}`;

/** `path?name=value&…` for the given values (empty and missing ones left out), or `path`. */
const withQuery = (path: string, values: Record<string, string | null | undefined>): string => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value !== undefined && value !== null && value !== '') params.set(name, value);
  const text = params.toString();
  return text === '' ? path : `${path}?${text}`;
};

const WELLBEING_AREAS = '/alueet/hyvinvointialueet/';
const EMPLOYMENT_AREAS = '/alueet/tyollisyysalueet/';
// Coverage pages are per division: a wellbeing area and an employment area may share an id
// (pohjois-karjala, satakunta…).
const COVERAGE_WELLBEING = '/alueet/kattavuus/hyvinvointialueet/';
const COVERAGE_EMPLOYMENT = '/alueet/kattavuus/tyollisyysalueet/';
/** The folder of each kind of the search's filter lists. */
const FILTER_SEGMENTS = { region: 'alue', providerKind: 'toimija', level: 'porras' } as const;

export const routes = {
  /** The front page. */
  home: () => '/',

  /** The referral search; with a query, the page opens with it (`?q=`, the form's own GET shape). */
  search: (query?: string) =>
    // encodeURIComponent (spaces as %20), as these links have always been written; the island
    // reads both this and the form's `+` (search/url-state).
    query === undefined || query === '' ? '/ohjautuminen/' : `/ohjautuminen/?q=${encodeURIComponent(query)}`,

  /** All services and operating models; page 2 and on of the list at `/palvelut/sivu/<n>/`. */
  services: (page = 1) => (page <= 1 ? '/palvelut/' : `/palvelut/sivu/${page}/`),
  /** One service. */
  service: (id: string) => entry('/palvelut/', id),

  /** All actors (and the professional roles). */
  actors: () => '/toimijat/',
  /** One actor. */
  actor: (id: string) => entry('/toimijat/', id),
  /** One professional role. */
  role: (id: string) => entry('/roolit/', id),

  /** The region-overlap explorer. */
  regions: () => '/alueet/',
  /** One wellbeing area (hyvinvointialue). */
  wellbeingArea: (id: string) => entry(WELLBEING_AREAS, id),
  /** One employment area (työllisyysalue). */
  employmentArea: (id: string) => entry(EMPLOYMENT_AREAS, id),
  /** One area of either division. */
  region: (division: Division, id: string) =>
    entry(division === 'wellbeing' ? WELLBEING_AREAS : EMPLOYMENT_AREAS, id),
  /** Two wellbeing areas side by side: `?a=<id>&b=<id>`, each only when given (regions/compare reads it). */
  compare: (a?: string | null, b?: string | null) => withQuery('/alueet/vertaa/', { a, b }),
  /** Service coverage: counts per wellbeing and employment area, each linking to its own page. */
  coverage: () => '/alueet/kattavuus/',
  /** The services that reach one area, by kind and staircase level. */
  coverageArea: (division: Division, id: string) => entry(division === 'wellbeing' ? COVERAGE_WELLBEING : COVERAGE_EMPLOYMENT, id),
  /** The whole coverage table (services × wellbeing areas) as CSV. */
  coverageCsv: () => '/alueet/kattavuus.csv',

  /** The mökkikylä, nationally or for one wellbeing area (`?alue=`, village/url-state reads it). */
  village: (areaId?: string) => withQuery('/mokkikyla/', { alue: areaId }),

  /** The staircase, optionally at one ladder or step. */
  staircase: (anchor?: string) => anchored('/portaat/', anchor),

  /** All pathway diagrams. */
  pathways: () => '/polut/',
  /** One pathway. */
  pathway: (id: string) => entry('/polut/', id),

  /** The orientation path for newcomers. */
  orientation: () => '/perehdytys/',

  /** The glossary, optionally at one term. */
  glossary: (termId?: string) => anchored('/sanasto/', termId),

  /** The source list, optionally at one source. */
  sources: (sourceId?: string) => anchored('/lahteet/', sourceId),

  /** The accessibility statement. */
  accessibility: () => '/saavutettavuus/',

  /** A machine-readable file under /data/. */
  data: (file: DataFile) => `/data/${file}`,
  /**
   * A part of the referral search's index (src/lib/search/shards.ts): the entry `perus.json`,
   * `kriteerit.json`, `rajaukset.json`, a postings shard `sanat/<n>.json`, a filter list
   * `rajaus/<alue|toimija|porras>/<value>.json` or a service's fragment `palvelut/<id>.json`.
   */
  searchPart: (part: 'perus' | 'kriteerit' | 'rajaukset' | { shard: number } | { filter: 'region' | 'providerKind' | 'level'; value: string } | { service: string }) =>
    typeof part === 'string'
      ? `/data/haku/${part}.json`
      : 'shard' in part
        ? `/data/haku/sanat/${part.shard}.json`
        : 'filter' in part
          ? `/data/haku/rajaus/${FILTER_SEGMENTS[part.filter]}/${encodeURIComponent(part.value)}.json`
          : `/data/haku/palvelut/${encodeURIComponent(part.service)}.json`,
  /** The data one mökkikylä is built from: `koko-maa` or a wellbeing area's id. */
  villageData: (key: string) => `/data/mokkikyla/${encodeURIComponent(key)}.json`,
  /** The module script that preloads the data of the region in the mökkikylä's URL (src/lib/village/preload.ts). */
  villagePreload: () => '/mokkikyla/esilataus.js',
  /** The open-data page (Avoin data): every file under /data/, its columns and licence. */
  openData: () => '/data/',
  /** The classifications the HSDS export links services to, optionally at one term. */
  classifications: (anchor?: string) => anchored('/data/luokitukset/', anchor),
  /** A target group's term on the classifications page (its stable HSDS term URI). */
  targetGroupTerm: (id: string) => anchored('/data/luokitukset/', `kohderyhma-${id}`),
  /** A client situation's term on the classifications page (its stable HSDS term URI). */
  situationTerm: (id: string) => anchored('/data/luokitukset/', `tilanne-${id}`),

  /** The maintainers' worklist. */
  maintenance: () => '/yllapito/',
  /** Recent changes to the content. */
  changes: () => '/muutokset/',
  /** Recent changes as an Atom feed. */
  changesFeed: () => '/muutokset/atom.xml',
} as const;
