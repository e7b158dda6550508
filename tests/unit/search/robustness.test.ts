/**
 * Never break on input: property-based tests (fast-check) of the search's pure parts with
 * arbitrary Unicode, very long text and words that name Object.prototype members. Runs on the real
 * catalogue, so the reading tables, lexicon and places are the ones the site ships.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkContent } from '@/content-check/index.ts';
import { excerpt, highlightParts } from '@/lib/search/highlight';
import { buildSearchIndex } from '@/lib/search/index-build';
import { collectionsFromEntries, indexInput } from '@/lib/search/input';
import { expandQuery } from '@/lib/search/query';
import { referralSearch } from '@/lib/search/referral-search';
import { loadSearcher, readingOf } from '@/lib/search/searcher';
import { readDescription } from '@/lib/search/understand';
import { MAX_QUERY_LENGTH, parseReferralState, serializeReferralState, type KnownValues, type ReferralState } from '@/lib/search/url-state';

const { entries } = checkContent(join(import.meta.dirname, '..', '..', '..', 'content'));
const searcher = loadSearcher(buildSearchIndex(indexInput(collectionsFromEntries(entries))));
const serviceIds = new Set(searcher.services.map((service) => service.id));

/** Words that are members of every plain object: a search that uses objects as maps breaks on them. */
const PROTOTYPE_WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'isPrototypeOf', '__defineGetter__'];

/** Text a professional might type, and text nobody would: any Unicode, emoji, control characters, prototype words. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...PROTOTYPE_WORDS), fc.constantFrom('ei', 'masentunut', 'vaasalainen', 'nuori', 'Kiteellä', 'ruotsinkielinen', 'TYP', 'ktt'), fc.string({ maxLength: 12 })), { maxLength: 30 }).map((words) => words.join(' ')),
);

describe('the referral search never breaks on input', () => {
  test.each(PROTOTYPE_WORDS)('the query "%s" returns a list, and so does a sentence with it', (word) => {
    expect(Array.isArray(referralSearch(searcher, word).hits)).toBe(true);
    expect(Array.isArray(referralSearch(searcher, `asiakas ${word} ${word.toUpperCase()} nuori`).hits)).toBe(true);
  });

  test('any text: results are known services, at most the limit, best first, with finite scores and one-line reasons', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 30 }), (query, limit) => {
        const { hits, understood } = referralSearch(searcher, query, { limit });
        expect(hits.length).toBeLessThanOrEqual(limit);
        for (const hit of hits) {
          expect(serviceIds.has(hit.service.id)).toBe(true);
          expect(Number.isFinite(hit.score)).toBe(true);
          expect(hit.reasons.words.length).toBeLessThanOrEqual(4);
        }
        for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
        for (const concept of understood.concepts) expect(query).toContain(concept.phrase);
      }),
      { numRuns: 150 },
    );
  });

  test('very long input (a pasted document) is answered', () => {
    const long = 'Asiakas on ollut pitkään työttömänä ja masentunut, constructor ei pysty kokoaikatyöhön. '.repeat(400);
    expect(long.length).toBeGreaterThan(30_000);
    expect(referralSearch(searcher, long).hits.length).toBeGreaterThan(0);
  });

  test('query expansion: every group has a word, a positive finite weight and known index terms', () => {
    fc.assert(
      fc.property(anyText, (query) => {
        for (const group of expandQuery(searcher, query)) {
          expect(group.word.length).toBeGreaterThan(0);
          expect(group.weight).toBeGreaterThan(0);
          expect(Number.isFinite(group.weight)).toBe(true);
          for (const [id, similarity] of group.matches) {
            expect(searcher.terms[id]).toBeDefined();
            expect(similarity).toBeGreaterThan(0);
            expect(similarity).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  test('reading a description: recognised concepts are known situations and target groups, each once', () => {
    const reading = readingOf(searcher);
    fc.assert(
      fc.property(anyText, (query) => {
        const { concepts } = readDescription(query, reading.table);
        const keys = concepts.map((concept) => `${concept.kind}:${concept.id}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const concept of concepts) {
          const known = concept.kind === 'situation' ? reading.situationById : reading.targetGroupById;
          expect(known.has(concept.id)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('highlighting never loses or invents text', () => {
  test('the parts put together are the text itself', () => {
    fc.assert(
      fc.property(anyText, fc.array(fc.oneof(fc.constantFrom(...PROTOTYPE_WORDS), fc.string({ maxLength: 10 })), { maxLength: 6 }), (text, terms) => {
        const parts = highlightParts(text, terms);
        expect(parts.map((part) => part.text).join('')).toBe(text);
        for (let i = 1; i < parts.length; i++) expect(parts[i]!.match).not.toBe(parts[i - 1]!.match);
      }),
      { numRuns: 200 },
    );
  });

  test('an excerpt is no longer than asked (plus its ellipses) and is cut from the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 600 }), fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }), fc.integer({ min: 20, max: 300 }), (text, terms, max) => {
        const cut = excerpt(text, terms, max);
        expect(cut.length).toBeLessThanOrEqual(max + 4);
        expect(text).toContain(cut.replace(/^…/, '').replace(/ …$/, '').trim());
      }),
      { numRuns: 200 },
    );
  });
});

describe('URL state never throws and only lets known values through', () => {
  const known: KnownValues = {
    targetGroups: new Set(['nuoret', 'osatyokykyiset']),
    providerKinds: new Set(['kela', 'sote']),
    levels: new Set(['porras-tyotoiminta']),
    regions: new Set(['pohjois-karjala', '167']),
    situations: new Set(['a', 'b', 'c']),
    services: new Set(['ips', 'tyokokeilu']),
  };
  const param = fc.constantFrom('q', 'ryhma', 'toimija', 'porras', 'alue', 'tilanne', 'valitut', 'constructor', '__proto__', 'x');
  const value = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constantFrom(...PROTOTYPE_WORDS, 'nuoret', 'kela', '167', 'a,b,zz', '<script>alert(1)</script>', 'ips'));
  const queryString = fc.array(fc.tuple(param, value), { maxLength: 8 }).map((pairs) => `?${new URLSearchParams(pairs).toString()}`);

  test('any query string parses to known values, with everything else reported as ignored', () => {
    fc.assert(
      fc.property(fc.oneof(queryString, fc.string({ unit: 'binary', maxLength: 300 })), (search) => {
        const { state } = parseReferralState(search, known);
        expect(state.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        for (const [field, set] of [
          [state.targetGroup, known.targetGroups],
          [state.providerKind, known.providerKinds],
          [state.level, known.levels],
          [state.region, known.regions],
        ] as const) {
          if (field !== undefined) expect(set.has(field)).toBe(true);
        }
        for (const id of state.situations) expect(known.situations.has(id)).toBe(true);
        for (const id of state.chosen) expect(known.services?.has(id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('a state written to the URL reads back the same', () => {
    const pick = <T,>(set: ReadonlySet<T>) => fc.option(fc.constantFrom(...set), { nil: undefined });
    const state: fc.Arbitrary<ReferralState> = fc.record({
      q: fc.string({ unit: 'grapheme', maxLength: 80 }).map((q) => q.replace(/\s+/g, ' ').trim()),
      targetGroup: pick(known.targetGroups),
      providerKind: pick(known.providerKinds),
      level: pick(known.levels),
      region: pick(known.regions),
      situations: fc.uniqueArray(fc.constantFrom(...known.situations)),
      chosen: fc.uniqueArray(fc.constantFrom(...known.services!)),
    });
    fc.assert(
      fc.property(state, (original) => {
        expect(parseReferralState(serializeReferralState(original), known)).toEqual({ state: original, ignored: [] });
      }),
      { numRuns: 300 },
    );
  });
});
