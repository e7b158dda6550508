/**
 * The search index's wire format: what index-build.ts writes (codec.ts) reads back, through the parts
 * the browser fetches (shards.ts) and the searcher assembled from them, as it was built.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { encodeCriteria, encodePostings, encodeService, TextTable, type SearchIndexData, type ServiceEntry } from '@/lib/search/codec';
import { PASSAGE_KINDS, postingWeight, type Passage, type ServiceDoc } from '@/lib/search/model';
import { finderCriteria, loadSearcher, passagesOf, postingsOf } from '@/lib/search/searcher';
import { LONG_KINDS } from '@/lib/search/shards';
import { criterionForces } from '@/schemas/enums';

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);
const text = fc.string({ maxLength: 40 });
const ids = fc.uniqueArray(id, { maxLength: 4 });

const serviceDoc: fc.Arbitrary<ServiceDoc> = fc.record({
  id,
  name: text,
  summary: text,
  providers: fc.array(text, { maxLength: 3 }),
  providerKinds: ids,
  targetGroups: ids,
  levels: ids,
  regions: fc.record({ national: fc.boolean(), wellbeingAreas: ids, employmentAreas: ids, municipalities: ids }),
  referral: fc.option(
    fc.record({ whoRefers: fc.array(text, { maxLength: 3 }), consent: fc.option(text, { nil: undefined }), selfReferral: fc.option(fc.boolean(), { nil: undefined }) }),
    { nil: undefined },
  ),
  sources: fc.array(fc.record({ href: text, title: text, lines: fc.option(text, { nil: undefined }) }), { maxLength: 2 }),
  kind: fc.constantFrom('service', 'operating-model', 'programme', 'project'),
  status: fc.constantFrom('established', 'pilot', 'ended', 'proposal'),
  permanence: fc.option(fc.constantFrom('statutory', 'permanent', 'project'), { nil: undefined }),
  coordinates: fc.boolean(),
  languages: ids,
  length: fc.nat(5000),
});

const passage: fc.Arbitrary<Passage> = fc.record(
  { kind: fc.constantFrom(...PASSAGE_KINDS), text, label: text, force: fc.constantFrom(...criterionForces) },
  { requiredKeys: ['kind', 'text'] },
);

/** What the wire keeps: JSON drops undefined fields, so compare through JSON. */
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A whole index around the given services (terms and postings, criteria as given). */
function indexOf(services: ServiceEntry[], texts: string[], extra: Partial<SearchIndexData> = {}): SearchIndexData {
  return viaJson({
    texts,
    services,
    terms: [],
    postings: [],
    acronyms: {},
    criteria: [],
    reading: { situations: [], targetGroups: [], lexicon: [], municipalities: [], wellbeingAreas: [] },
    ...extra,
  });
}

/** A service as the searcher holds it, as a plain object (the facets are getters). */
const plain = (doc: ServiceDoc) => viaJson({ ...doc, providerKinds: doc.providerKinds, levels: doc.levels, regions: doc.regions });

describe('search index codec', () => {
  test('a service and its passages survive encode → JSON → parts → searcher (example descriptions are never shown, so never sent)', () => {
    fc.assert(
      fc.property(serviceDoc, fc.array(passage, { maxLength: 6 }), (doc, passages) => {
        const table = new TextTable();
        const searcher = loadSearcher(indexOf([encodeService(doc, passages, table)], table.texts));
        expect(plain(searcher.services[0]!)).toEqual(viaJson(doc));
        expect(passagesOf(searcher, 0)).toEqual(passages.filter((passage) => passage.kind !== 'example'));
      }),
    );
  });

  test('postings keep, per service, the best weight of a match in a short and in a long passage', () => {
    // Occurrences: service index → passage index → whether only a compound's part matched.
    const occurrences = fc.uniqueArray(fc.nat(20), { maxLength: 6 }).chain((services) =>
      fc.tuple(...services.sort((a, b) => a - b).map((s) => fc.tuple(fc.constant(s), fc.uniqueArray(fc.tuple(fc.nat(3), fc.boolean()), { selector: ([p]) => p, minLength: 1, maxLength: 3 })))),
    );
    fc.assert(
      fc.property(occurrences, (list) => {
        const map = new Map(list.map(([s, byPassage]) => [s, new Map([...byPassage].sort((a, b) => a[0] - b[0]))]));
        const kinds = (s: number, p: number) => PASSAGE_KINDS[(s + p) % PASSAGE_KINDS.length] ?? 'name';
        const services: ServiceEntry[] = Array.from({ length: 21 }, (_, s) => ({
          i: `s${s}`, n: 0, s: 0, r: {}, ks: ['service', 'established', ''], len: 0,
          ps: [0, 1, 2, 3].flatMap((p) => [PASSAGE_KINDS.indexOf(kinds(s, p)), 0, -1, -1]),
        }));
        const searcher = loadSearcher(indexOf(services, [''], { terms: ['sana'], postings: [encodePostings(map)] }));
        const decoded = postingsOf(searcher, 0);
        const best = (byPassage: Map<number, boolean>, s: number, long: boolean) =>
          Math.max(0, ...[...byPassage].filter(([p]) => LONG_KINDS.has(kinds(s, p)) === long).map(([p, part]) => postingWeight(kinds(s, p), part)));
        expect([...decoded.services]).toEqual([...map.keys()]);
        expect([...decoded.short]).toEqual([...map].map(([s, byPassage]) => best(byPassage, s, false)));
        expect([...decoded.long]).toEqual([...map].map(([s, byPassage]) => best(byPassage, s, true)));
        expect(decoded.docFreq).toBe(map.size);
      }),
    );
  });

  test('criteria lists survive encode → parts → searcher; an unknown force drops its item', () => {
    const table = new TextTable();
    const entry = encodeCriteria(
      {
        id: 'kenelle',
        title: 'Kenelle',
        appliesTo: ['palvelu'],
        items: [
          { id: 'a', text: 'Ehto A', force: 'required', situations: ['t1'], instead: [] },
          { id: 'b', text: 'Ehto B', force: 'maybe' },
          { id: 'c', text: 'Ehto C', force: 'excludes', instead: ['muu'] },
        ],
      },
      table,
    );
    const service: ServiceEntry = { i: 'palvelu', n: table.id('Palvelu'), s: table.id(''), r: {}, ks: ['service', 'established', ''], len: 0, ps: [] };
    expect(viaJson(finderCriteria(loadSearcher(indexOf([service], table.texts, { criteria: [entry] }))))).toEqual([
      {
        id: 'kenelle',
        title: 'Kenelle',
        appliesTo: ['palvelu'],
        items: [
          { id: 'a', text: 'Ehto A', situations: ['t1'], force: 'required', instead: [] },
          { id: 'c', text: 'Ehto C', situations: [], force: 'excludes', instead: ['muu'] },
        ],
      },
    ]);
  });
});
