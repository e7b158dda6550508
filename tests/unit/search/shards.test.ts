/**
 * The index in parts (src/lib/search/shards.ts): whatever a query fetched, the searcher assembled
 * from those parts ranks exactly as the whole index does; the parts are cut deterministically.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { checkContent } from '@/content-check';
import { buildSearchIndex } from '@/lib/search/index-build';
import { collectionsFromEntries, indexInput } from '@/lib/search/input';
import { addPart, displayParts, fragmentParts, partsToFetch, type IndexPart } from '@/lib/search/parts';
import { referralSearch, type ReferralOptions } from '@/lib/search/referral-search';
import { createSearcher, finderCriteria, loadSearcher, passageTermsOf, passesFiltersAt, tracked, type Searcher } from '@/lib/search/searcher';
import { decodeId, decodeTerms, encodeId, encodeTerms, filterList, shardIndex, shardOf, shardStarts, type FilterKind, type ShardedIndex } from '@/lib/search/shards';
import { passesFilters, resolveRegion } from '@/lib/search/filters';

const { entries } = checkContent(join(process.cwd(), 'content'));
const whole = buildSearchIndex(indexInput(collectionsFromEntries(entries)));
const parts = shardIndex(whole);
const full = loadSearcher(whole);

/** The data of a part, as the browser receives it (through JSON). */
function partData(index: ShardedIndex, part: IndexPart): unknown {
  if (part.startsWith('rajaus:')) {
    const [, kind, value = ''] = part.split(':');
    return JSON.parse(JSON.stringify(filterList(whole, kind as FilterKind, value)));
  }
  const n = Number(part.slice(part.indexOf(':') + 1));
  const data = part === 'kriteerit' ? index.criteriaTexts : part === 'rajaukset' ? index.facets : part.startsWith('sanat:') ? index.shards[n] : index.fragments[n];
  return JSON.parse(JSON.stringify(data));
}

/** As the island does: run, fetch what the run missed, run again; then fetch what the results show. */
function searchInParts(searcher: Searcher, query: string, options: ReferralOptions, fetched: Set<IndexPart>) {
  let run = tracked(searcher, () => referralSearch(searcher, query, options));
  for (let round = 0; run.missing.length > 0; round++) {
    expect(round).toBeLessThan(5);
    for (const part of run.missing) {
      addPart(searcher, part, partData(parts, part));
      fetched.add(part);
    }
    run = tracked(searcher, () => referralSearch(searcher, query, options));
  }
  const display: IndexPart[] = [...fragmentParts(searcher, run.value.hits.map((hit) => hit.service)), 'kriteerit'];
  for (const part of display) addPart(searcher, part, partData(parts, part));
  return tracked(searcher, () => referralSearch(searcher, query, options));
}

/**
 * What a result says, compared in full (scores, passages, reasons, what was understood, the
 * services' fields) but for the facets, which a query without filters does not fetch.
 */
const comparable = (result: ReturnType<typeof referralSearch>) =>
  JSON.parse(
    JSON.stringify({ ...result, hits: result.hits.map((hit) => ({ ...hit, service: { ...hit.service, providerKinds: undefined, levels: undefined, regions: hit.service.regions.national } })) }),
  ) as unknown;

const vocabularyWord = fc.constantFrom(...full.terms);
const queryWord = fc.oneof(
  vocabularyWord,
  vocabularyWord.map((term) => `${term}lle`),
  fc.constantFrom('nuori', 'työtön', 'tarvitsee', 'tukea', 'työllistymiseen', 'mielenterveys', 'koordinaattori', 'TYP', '23-v', 'ei', 'enää', 'Kainuussa', 'somalia', 'päihteet', 'velat'),
  fc.string({ maxLength: 12 }),
);
const query = fc.array(queryWord, { minLength: 1, maxLength: 7 }).map((words) => words.join(' '));
const municipalities = whole.reading.municipalities.map(([code, , , wellbeingArea, employmentArea]) => ({ code, wellbeingArea, employmentArea }));
const providerKinds = [...new Set(whole.services.flatMap((s) => s.k ?? []))];
const levels = [...new Set(whole.services.flatMap((s) => s.l ?? []))];
const options = fc.record(
  {
    limit: fc.integer({ min: 1, max: 40 }),
    regionFacet: fc.constantFrom('kainuu', 'pirkanmaa', '091', '205'),
    providerKind: fc.constantFrom(...providerKinds),
    level: fc.constantFrom(...levels),
    dropped: fc.constant(new Set(['situation:ika-16-29'])),
  },
  { requiredKeys: [] },
);

describe('the search index in parts', () => {
  test('a searcher assembled from the parts a query fetched ranks exactly as the whole index', () => {
    fc.assert(
      fc.property(query, options, (text, chosen) => {
        const { providerKind, level, ...rest } = chosen;
        const opts: ReferralOptions = { ...rest, filters: { providerKind, level, region: chosen.regionFacet === undefined ? undefined : resolveRegion(chosen.regionFacet, municipalities) } };
        const searcher = createSearcher(JSON.parse(JSON.stringify(parts.entry)));
        const fetched = new Set<IndexPart>();
        const run = searchInParts(searcher, text, opts, fetched);
        expect(run.missing).toEqual([]);
        expect(comparable(run.value)).toEqual(comparable(referralSearch(full, text, opts)));
        // Only the shards of the query's terms were fetched, never all of them.
        expect([...fetched].filter((part) => part.startsWith('sanat:')).length).toBeLessThan(parts.shards.length);
      }),
      // Each run compiles a fresh searcher's reading tables: fewer runs than fast-check's default.
      { numRuns: 60 },
    );
  }, 60_000);

  test('one searcher answers a sequence of descriptions as the whole index does, redisplaying a kept ranking only while nothing it reads has changed', () => {
    const step = fc.tuple(query, options);
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 4 }), (steps) => {
        const searcher = createSearcher(JSON.parse(JSON.stringify(parts.entry)));
        addPart(searcher, 'kriteerit', partData(parts, 'kriteerit'));
        for (const [text, chosen] of steps) {
          const { providerKind, level, ...rest } = chosen;
          const opts: ReferralOptions = { ...rest, filters: { providerKind, level, region: chosen.regionFacet === undefined ? undefined : resolveRegion(chosen.regionFacet, municipalities) } };
          let run = tracked(searcher, () => referralSearch(searcher, text, opts));
          for (const part of run.missing) addPart(searcher, part, partData(parts, part));
          run = tracked(searcher, () => referralSearch(searcher, text, opts));
          expect(run.missing).toEqual([]);
          // The fragments of the results shown: display only, so the kept ranking is redisplayed.
          const kept = searcher.lastRanking;
          for (const part of fragmentParts(searcher, run.value.hits.map((hit) => hit.service))) addPart(searcher, part, partData(parts, part));
          run = tracked(searcher, () => referralSearch(searcher, text, opts));
          if (run.value.hits.length > 0) expect(searcher.lastRanking).toBe(kept);
          expect(comparable(run.value)).toEqual(comparable(referralSearch(full, text, opts)));
        }
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  test("a result that does not fit quotes its criterion once the criteria texts arrive after its ranking", () => {
    const text = 'työsuhteessa oleva sairauslomalla';
    const searcher = createSearcher(JSON.parse(JSON.stringify(parts.entry)));
    let run = tracked(searcher, () => referralSearch(searcher, text));
    for (const part of run.missing) addPart(searcher, part, partData(parts, part));
    run = tracked(searcher, () => referralSearch(searcher, text));
    const unfit = run.value.hits.filter((hit) => !hit.fits);
    expect(unfit.length).toBeGreaterThan(0);
    expect(unfit.every((hit) => hit.reasons.excluded === '')).toBe(true);
    addPart(searcher, 'kriteerit', partData(parts, 'kriteerit'));
    const quoted = referralSearch(searcher, text).hits.filter((hit) => !hit.fits);
    expect(quoted.map((hit) => hit.reasons.excluded)).toEqual(referralSearch(full, text).hits.filter((hit) => !hit.fits).map((hit) => hit.reasons.excluded));
    expect(quoted.every((hit) => (hit.reasons.excluded ?? '').length > 0)).toBe(true);
  });

  test('the benchmark query fetches a few shards, and its results are complete', () => {
    const searcher = createSearcher(JSON.parse(JSON.stringify(parts.entry)));
    const fetched = new Set<IndexPart>();
    const run = searchInParts(searcher, 'nuori työtön tarvitsee tukea työllistymiseen', {}, fetched);
    expect(comparable(run.value)).toEqual(comparable(referralSearch(full, 'nuori työtön tarvitsee tukea työllistymiseen')));
    expect(fetched.size).toBeGreaterThan(0);
    expect(fetched.size).toBeLessThan(parts.shards.length / 2);
  });

  test('a passage fetched with its fragment yields the terms the build indexed it under', () => {
    // The postings of the whole index: per service, per passage, the terms.
    const expected = new Map<string, Set<number>>();
    whole.postings.forEach((text, termId) => {
      const numbers = text === '' ? [] : text.split(',').map(Number);
      let s = 0;
      for (let i = 0; i + 1 < numbers.length; i += 2) {
        s += numbers[i] ?? 0;
        const key = `${s}:${(numbers[i + 1] ?? 0) >> 1}`;
        expected.set(key, (expected.get(key) ?? new Set()).add(termId));
      }
    });
    full.services.forEach((_, s) => {
      passageTermsOf(full, s).forEach((terms, p) => expect([...terms].sort((a, b) => a - b)).toEqual([...(expected.get(`${s}:${p}`) ?? [])].sort((a, b) => a - b)));
    });
  });

  test('a searcher without the criteria texts matches the same services, and names them once they load', () => {
    const searcher = createSearcher(JSON.parse(JSON.stringify(parts.entry)));
    const bare = finderCriteria(searcher);
    expect(bare.map((list) => list.appliesTo)).toEqual(finderCriteria(full).map((list) => list.appliesTo));
    expect(bare.every((list) => list.title === '')).toBe(true);
    addPart(searcher, 'kriteerit', partData(parts, 'kriteerit'));
    expect(JSON.parse(JSON.stringify(finderCriteria(searcher)))).toEqual(JSON.parse(JSON.stringify(finderCriteria(full))));
  });

  test('filters read their lists, say so while a list has not loaded, and then pass exactly the services the facets pass', () => {
    const values = [
      ...whole.reading.wellbeingAreas.map(([id]) => ({ region: resolveRegion(id, municipalities) })),
      ...municipalities.map((m) => ({ region: resolveRegion(m.code, municipalities) })),
      ...providerKinds.map((providerKind) => ({ providerKind })),
      ...levels.map((level) => ({ level })),
    ];
    for (const filters of values) {
      const searcher = createSearcher(JSON.parse(JSON.stringify(parts.entry)));
      const first = tracked(searcher, () => searcher.services.map((_, s) => passesFiltersAt(searcher, s, filters)));
      expect(first.missing).toHaveLength(1);
      expect(first.value.every((passes) => !passes)).toBe(true);
      for (const part of first.missing) addPart(searcher, part, partData(parts, part));
      const run = tracked(searcher, () => searcher.services.map((_, s) => passesFiltersAt(searcher, s, filters)));
      expect(run.missing).toEqual([]);
      expect(run.value).toEqual(full.services.map((service) => passesFilters(service, filters)));
    }
  });

  test("a service's facets load with the facets part, and say so while they have not", () => {
    const searcher = createSearcher(JSON.parse(JSON.stringify(parts.entry)));
    const run = tracked(searcher, () => searcher.services[0]?.regions.municipalities);
    expect(run.missing).toEqual(['rajaukset']);
    addPart(searcher, 'rajaukset', partData(parts, 'rajaukset'));
    expect(tracked(searcher, () => searcher.services.map((doc) => doc.regions)).value).toEqual(full.services.map((doc) => doc.regions));
  });
});

describe('what the page fetches to show a run', () => {
  test('each part once, and neither one already loaded nor one on its way', () => {
    const searcher = createSearcher(JSON.parse(JSON.stringify(parts.entry)));
    addPart(searcher, 'sanat:0', partData(parts, 'sanat:0'));
    expect(partsToFetch(searcher, ['sanat:0', 'sanat:1', 'sanat:1', 'sanat:2', 'kriteerit'], new Set(['sanat:2']))).toEqual(['sanat:1', 'kriteerit']);
  });


  test('the fragments of the results and the chosen services it lacks; the criteria texts when the finder is used or a result does not fit', () => {
    const searcher = createSearcher(JSON.parse(JSON.stringify(parts.entry)));
    const [a, b, c] = searcher.services;
    addPart(searcher, `palvelu:1`, partData(parts, `palvelu:1`));
    const hits = [{ service: a!, fits: true }, { service: b!, fits: true }];
    expect(displayParts(searcher, { finderMissing: [], finderInUse: false, hits, chosen: [c!] })).toEqual(['palvelu:0', 'palvelu:2']);
    expect(displayParts(searcher, { finderMissing: ['rajaukset'], finderInUse: true, hits: [], chosen: [] })).toEqual(['rajaukset', 'kriteerit']);
    expect(displayParts(searcher, { finderMissing: [], finderInUse: false, hits: [{ service: b!, fits: false }], chosen: [] })).toEqual(['kriteerit']);
  });
});

describe('cutting the parts', () => {
  test('is deterministic: the same index gives the same parts', () => {
    expect(JSON.stringify(shardIndex(whole))).toBe(JSON.stringify(parts));
  });

  test('shards are consecutive term ranges within the size, and shardOf finds each term', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(5000), { maxLength: 60 }), fc.integer({ min: 1, max: 8000 }), (lengths, limit) => {
        const starts = shardStarts(lengths, limit);
        expect(starts[0] ?? 0).toBe(0);
        expect([...starts].sort((a, b) => a - b)).toEqual(starts);
        lengths.forEach((_, term) => {
          const n = shardOf(starts, term);
          expect(starts[n]).toBeLessThanOrEqual(term);
          expect(starts[n + 1] ?? Number.POSITIVE_INFINITY).toBeGreaterThan(term);
        });
        starts.forEach((start, n) => {
          const size = lengths.slice(start, starts[n + 1] ?? lengths.length).reduce((sum, length) => sum + length, 0);
          // A shard holds several terms only within the limit; a longer term is alone.
          if ((starts[n + 1] ?? lengths.length) - start > 1) expect(size).toBeLessThanOrEqual(limit);
        });
      }),
    );
    parts.shards.forEach((shard, n) => expect(shard.first).toBe(parts.entry.shards[n]));
  });

  test('the front-coded vocabulary and the shortened ids read back as written', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.string({ maxLength: 50 }).filter((term) => !term.includes('\n'))), (terms) => {
      const sorted = [...terms].sort();
      expect(decodeTerms(encodeTerms(sorted))).toEqual(sorted);
    }));
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 60 }), (id, name) => {
        expect(decodeId(encodeId(id, name), name)).toBe(id);
      }),
    );
    expect(decodeTerms(parts.entry.terms)).toEqual(whole.terms);
    expect(encodeId('tyotuki-kouvola', 'Työtuki, Kouvola')).toBe('~0.f.');
  });
});
