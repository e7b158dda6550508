import { describe, expect, test } from 'vitest';
import { compareSearch, parseCompareParams } from '@/lib/regions/compare';
import { routes } from '@/lib/routes';
import { emptyState, parseReferralState } from '@/lib/search/url-state';
import { parseRegionParam, regionSearch } from '@/lib/village/url-state';

// Every route, once: the addresses DESIGN.md "Routes" promises.
const table: [string, string][] = [
  [routes.home(), '/'],
  [routes.search(), '/ohjautuminen/'],
  [routes.search('mielenterveyskuntoutuja'), '/ohjautuminen/?q=mielenterveyskuntoutuja'],
  [routes.services(), '/palvelut/'],
  [routes.services(1), '/palvelut/'],
  [routes.services(3), '/palvelut/sivu/3/'],
  [routes.service('tyokykykoordinaattori'), '/palvelut/tyokykykoordinaattori/'],
  [routes.actors(), '/toimijat/'],
  [routes.actor('kela'), '/toimijat/kela/'],
  [routes.role('tyokykykoordinaattori'), '/roolit/tyokykykoordinaattori/'],
  [routes.regions(), '/alueet/'],
  [routes.wellbeingArea('pirkanmaa'), '/alueet/hyvinvointialueet/pirkanmaa/'],
  [routes.employmentArea('tampere'), '/alueet/tyollisyysalueet/tampere/'],
  [routes.region('wellbeing', 'pirkanmaa'), '/alueet/hyvinvointialueet/pirkanmaa/'],
  [routes.region('employment', 'tampere'), '/alueet/tyollisyysalueet/tampere/'],
  [routes.compare(), '/alueet/vertaa/'],
  [routes.compare('pirkanmaa'), '/alueet/vertaa/?a=pirkanmaa'],
  [routes.compare(null, 'vantaa-kerava'), '/alueet/vertaa/?b=vantaa-kerava'],
  [routes.compare('pirkanmaa', 'vantaa-kerava'), '/alueet/vertaa/?a=pirkanmaa&b=vantaa-kerava'],
  [routes.coverage(), '/alueet/kattavuus/'],
  [routes.coverageArea('wellbeing', 'satakunta'), '/alueet/kattavuus/hyvinvointialueet/satakunta/'],
  [routes.coverageArea('employment', 'satakunta'), '/alueet/kattavuus/tyollisyysalueet/satakunta/'],
  [routes.coverageCsv(), '/alueet/kattavuus.csv'],
  [routes.village(), '/mokkikyla/'],
  [routes.village('pirkanmaa'), '/mokkikyla/?alue=pirkanmaa'],
  [routes.villageData('koko-maa'), '/data/mokkikyla/koko-maa.json'],
  [routes.villagePreload(), '/mokkikyla/esilataus.js'],
  [routes.staircase(), '/portaat/'],
  [routes.staircase('kuntouttava-tyotoiminta'), '/portaat/#kuntouttava-tyotoiminta'],
  [routes.pathways(), '/polut/'],
  [routes.pathway('nuori-tyoton'), '/polut/nuori-tyoton/'],
  [routes.orientation(), '/perehdytys/'],
  [routes.glossary(), '/sanasto/'],
  [routes.glossary('typ'), '/sanasto/#typ'],
  [routes.sources(), '/lahteet/'],
  [routes.sources('seed-a'), '/lahteet/#seed-a'],
  [routes.accessibility(), '/saavutettavuus/'],
  [routes.data('catalog.json'), '/data/catalog.json'],
  [routes.data('regions.json'), '/data/regions.json'],
  [routes.data('regions.csv'), '/data/regions.csv'],
  [routes.data('search-index.json'), '/data/search-index.json'],
  [routes.searchPart('perus'), '/data/haku/perus.json'],
  [routes.searchPart('kriteerit'), '/data/haku/kriteerit.json'],
  [routes.searchPart('rajaukset'), '/data/haku/rajaukset.json'],
  [routes.searchPart({ shard: 12 }), '/data/haku/sanat/12.json'],
  [routes.searchPart({ service: 'typ-palvelu' }), '/data/haku/palvelut/typ-palvelu.json'],
  [routes.data('services.csv'), '/data/services.csv'],
  [routes.data('actors.csv'), '/data/actors.csv'],
  [routes.data('yllapito.json'), '/data/yllapito.json'],
  [routes.data('hsds/services.json'), '/data/hsds/services.json'],
  [routes.data('hsds/organizations.json'), '/data/hsds/organizations.json'],
  [routes.openData(), '/data/'],
  [routes.classifications(), '/data/luokitukset/'],
  [routes.targetGroupTerm('nuoret'), '/data/luokitukset/#kohderyhma-nuoret'],
  [routes.situationTerm('alle-25-vuotias'), '/data/luokitukset/#tilanne-alle-25-vuotias'],
  [routes.maintenance(), '/yllapito/'],
  [routes.changes(), '/muutokset/'],
  [routes.changesFeed(), '/muutokset/atom.xml'],
];

describe('routes', () => {
  test.each(table)('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  test('every address is absolute, has no double slash, and a page path ends in "/"', () => {
    for (const [href] of table) {
      expect(href.startsWith('/')).toBe(true);
      expect(href).not.toMatch(/\/\//);
      const path = href.split(/[?#]/)[0] ?? '';
      if (!/\.(json|csv|xml|js)$/.test(path)) expect(path.endsWith('/')).toBe(true);
    }
  });

  // Ids are slugs today; anything else is encoded so it stays one path segment or one value.
  test.each([
    [routes.service('a/b'), '/palvelut/a%2Fb/'],
    [routes.actor('ä ö'), '/toimijat/%C3%A4%20%C3%B6/'],
    [routes.region('employment', '../x'), '/alueet/tyollisyysalueet/..%2Fx/'],
    [routes.glossary('a b#c'), '/sanasto/#a%20b%23c'],
    [routes.compare('a&b=c', 'd'), '/alueet/vertaa/?a=a%26b%3Dc&b=d'],
    [routes.village('x y'), '/mokkikyla/?alue=x+y'],
  ])('encodes %s', (actual, expected) => {
    expect(actual).toBe(expected);
    expect(actual).not.toMatch(/\/\//);
  });

  // The criteria links have always been written with encodeURIComponent (spaces as %20, not "+").
  test.each([
    ['Osatyökykyinen työnhakija', '/ohjautuminen/?q=Osaty%C3%B6kykyinen%20ty%C3%B6nhakija'],
    ['A & B = C?', '/ohjautuminen/?q=A%20%26%20B%20%3D%20C%3F'],
    ['100 % (osa-aikainen)', '/ohjautuminen/?q=100%20%25%20(osa-aikainen)'],
  ])('search(%j) is %s and reads back as the same query', (query, expected) => {
    const href = routes.search(query);
    expect(href).toBe(expected);
    const search = href.slice(href.indexOf('?'));
    expect(parseReferralState(search, { targetGroups: new Set(), providerKinds: new Set(), levels: new Set(), regions: new Set(), situations: new Set() }).state)
      .toEqual({ ...emptyState, q: query });
  });

  test('the query strings match what each feature writes and reads', () => {
    expect(routes.compare('pirkanmaa', 'vantaa-kerava')).toBe(`/alueet/vertaa/${compareSearch({ a: 'pirkanmaa', b: 'vantaa-kerava' })}`);
    expect(routes.compare()).toBe(`/alueet/vertaa/${compareSearch({ a: null, b: null })}`);
    expect(parseCompareParams(routes.compare('pirkanmaa', 'vantaa-kerava').slice('/alueet/vertaa/'.length), ['pirkanmaa', 'vantaa-kerava']))
      .toEqual({ a: 'pirkanmaa', b: 'vantaa-kerava', ignored: [] });
    expect(routes.village('pirkanmaa')).toBe(`/mokkikyla/${regionSearch('', 'pirkanmaa')}`);
    expect(parseRegionParam(routes.village('pirkanmaa').slice('/mokkikyla/'.length), ['pirkanmaa'])).toEqual({ kind: 'area', id: 'pirkanmaa' });
  });
});
