/**
 * The referral search on the real catalogue: what it understands, what it prefers and why each
 * result is there. Expectations name behaviour (a recognised situation, a region, a demotion), not
 * rankings tuned to a query set.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '@/content-check/index.ts';
import { buildSearchIndex } from '@/lib/search/index-build';
import { collectionsFromEntries, indexInput } from '@/lib/search/input';
import { referralSearch, type ReferralOptions } from '@/lib/search/referral-search';
import { loadSearcher } from '@/lib/search/searcher';

const { entries } = checkContent(join(import.meta.dirname, '..', '..', '..', 'content'));
const searcher = loadSearcher(buildSearchIndex(indexInput(collectionsFromEntries(entries))));
const ids = (query: string, options = {}) => referralSearch(searcher, query, { limit: 5, ...options }).hits.map((hit) => hit.service.id);
const keys = (query: string, options = {}) => referralSearch(searcher, query, options).understood.concepts.map((concept) => concept.key);

describe('what the search understands', () => {
  test('everyday words find services: "masennus", "masentunut", "ammattikoulu", "keskeyttänyt" each give results', () => {
    for (const word of ['masennus', 'masentunut', 'ammattikoulu', 'keskeyttänyt']) expect(ids(word).length).toBeGreaterThan(0);
  });

  test('a situation said in everyday words is recognised, with the words that said it', () => {
    const { understood } = referralSearch(searcher, 'Nuori on masentunut eikä pääse aamulla sängystä');
    const mental = understood.concepts.find((concept) => concept.id === 'mielenterveyden-haasteet');
    expect(mental?.phrase).toBe('masentunut');
    expect(mental?.label.length).toBeGreaterThan(0);
  });

  test('a dropped reading is not used, and is reported as dropped', () => {
    const query = 'masentunut nuori';
    expect(keys(query)).toContain('situation:mielenterveyden-haasteet');
    const dropped = referralSearch(searcher, query, { dropped: new Set(['situation:mielenterveyden-haasteet']) }).understood;
    expect(dropped.concepts.map((concept) => concept.key)).not.toContain('situation:mielenterveyden-haasteet');
    expect(dropped.dropped).toContain('situation:mielenterveyden-haasteet');
  });

  test('a municipality adjective sets the region: regional services elsewhere drop out, national ones stay', () => {
    const { understood, hits } = referralSearch(searcher, 'joensuulainen osatyökykyinen työnhakija tarvitsee työhönvalmennusta', { limit: 20 });
    expect(understood.place?.place.name).toBe('Joensuu');
    for (const hit of hits) {
      const scope = hit.service.regions;
      expect(scope.national || scope.wellbeingAreas.includes('pohjois-karjala') || scope.employmentAreas.length + scope.municipalities.length > 0).toBe(true);
      expect(scope.national || !(scope.wellbeingAreas.length > 0 && !scope.wellbeingAreas.includes('pohjois-karjala') && scope.employmentAreas.length === 0 && scope.municipalities.length === 0)).toBe(true);
    }
  });

  test('the region facet wins over a place in the text', () => {
    const result = referralSearch(searcher, 'vaasalainen nuori', { regionFacet: 'pohjois-karjala' });
    expect(result.understood.place?.place.name).toBe('Vaasa');
  });

  test('an age signals the age-bound situations', () => {
    expect(keys('23-v mies, ei opiskelupaikkaa')).toContain('situation:alle-25-vuotias');
    expect(keys('58-vuotias, irtisanottu')).toContain('situation:tayttanyt-55');
  });

  test('the client\'s language is noted', () => {
    expect(referralSearch(searcher, 'ruotsinkielinen nuori etsii töitä').understood.language?.code).toBe('sv');
  });
});

describe('what the search prefers', () => {
  test('a service asked for by name comes first, however broad', () => {
    expect(ids('työkyvyn tuen tiimi')[0]).toBe('tyokyvyn-tuen-tiimi');
    expect(ids('työkokeilu')[0]).toBe('tyokokeilu');
  });

  test('an ended service asked for by name is still found', () => {
    expect(ids('TYP')).toContain('typ-palvelu');
  });

  test('a coordinating service ranks lower when nothing asks for coordination than when something does', () => {
    const rank = (query: string) => ids(query, { limit: 30 }).indexOf('tyokyvyn-tuen-tiimi');
    const plain = rank('työtön mies, selkä kipeä');
    const asked = rank('työtön mies, selkä kipeä, tilanne jumissa vaikka kaikki on kokeiltu');
    expect(asked).toBeGreaterThanOrEqual(0);
    expect(plain === -1 || asked < plain).toBe(true);
  });

  test('a youth service whose criteria require 16–29 years ranks lower for a client the description says is older', () => {
    const rank = (query: string) => ids(query, { limit: 30 }).indexOf('nuoren-ammatillinen-kuntoutusvalmennus');
    const description = (age: number) => `${age}-vuotias ei opiskele eikä ole töissä, ei ole ilmoittautunut työnhakijaksi, arki ei suju ja kavereita ei ole`;
    const young = rank(description(22));
    const older = rank(description(52));
    expect(young).toBeGreaterThanOrEqual(0);
    expect(older === -1 || older > young).toBe(true);
    const shown = referralSearch(searcher, description(52), { limit: 30 }).hits.find((hit) => hit.service.id === 'nuoren-ammatillinen-kuntoutusvalmennus');
    // Still listed further down, it says why it may not fit.
    expect(shown?.fits).toBe(false);
    expect(shown?.reasons.excluded).toMatch(/16–29/);
  });

  test('dropping the age reading drops the age rule too', () => {
    const description = '58-vuotias ei opiskele eikä ole töissä, ei ole ilmoittautunut työnhakijaksi, arki ei suju ja kavereita ei ole';
    const youth = (options: ReferralOptions) => referralSearch(searcher, description, { limit: 40, ...options }).hits.find((hit) => hit.service.id === 'nuoren-ammatillinen-kuntoutusvalmennus');
    const { understood } = referralSearch(searcher, description);
    expect(understood.age?.keys.length).toBeGreaterThan(0);
    expect(youth({})?.fits).toBe(false);
    const dropped = new Set<string>(understood.age?.keys ?? []);
    expect(youth({ dropped })?.fits).toBe(true);
    expect(youth({ dropped })?.reasons.excluded).toBeUndefined();
  });

  test('each result says why in a few words, never a synonym list', () => {
    for (const hit of referralSearch(searcher, 'pitkään sairauslomalla ollut kirjanpitäjä, masentunut', { limit: 10 }).hits) {
      expect(hit.reasons.words.length).toBeLessThanOrEqual(4);
      for (const word of hit.reasons.words) expect(word.split(/\s+/).length).toBeLessThanOrEqual(6);
    }
  });

  test('when no service fits the words, the closest client situations are offered', () => {
    const result = referralSearch(searcher, 'zxqv velkaantunut qqqq');
    if (result.hits.length === 0) expect(result.closestSituations.length).toBeGreaterThan(0);
    const nothing = referralSearch(searcher, 'xyzzy plugh');
    expect(nothing.hits).toEqual([]);
  });
});
