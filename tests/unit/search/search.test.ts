/** The referral search over a small literal catalogue: matching, ranking, facets, highlighting. */
import { describe, expect, test } from 'vitest';
import { buildSearchIndex, type IndexInput, type IndexServiceInput } from '@/lib/search/index-build';
import { passesFilters, resolveRegion } from '@/lib/search/filters';
import { excerpt, highlightParts } from '@/lib/search/highlight';
import { search } from '@/lib/search/rank';
import { referralSearch } from '@/lib/search/referral-search';
import { shardIndex } from '@/lib/search/shards';
import { finderCriteria, loadSearcher, passagesOf, postingsOf } from '@/lib/search/searcher';

const national = { national: true, wellbeingAreas: [], employmentAreas: [], municipalities: [] };
const regional = (wellbeingAreas: string[]) => ({ national: false, wellbeingAreas, employmentAreas: [], municipalities: [] });

function service(id: string, name: string, summary: string, extra: Partial<IndexServiceInput> = {}): IndexServiceInput {
  return {
    id,
    name,
    kind: 'service',
    status: 'established',
    summary,
    targetGroups: [],
    roles: [],
    actors: [],
    offerings: [],
    staircaseLevels: [],
    regions: national,
    sources: [{ href: '/lahteet/#a', title: 'Lähde A', lines: '1-2' }],
    ...extra,
  };
}

const input: IndexInput = {
  services: [
    service('ips', 'IPS-työhönvalmennus', 'Yksilöllinen työhönsijoittaminen avoimille työmarkkinoille.', {
      targetGroups: ['mielenterveyskuntoutujat'],
      actors: [{ actor: 'alue-sote', role: 'producer' }],
      regions: regional(['alue-a']),
    }),
    service('ktt', 'Kuntouttava työtoiminta', 'Työtoimintaa pitkään työttömänä olleelle elämänhallinnan tueksi.', {
      targetGroups: ['pitkaaikaistyottomat'],
      staircaseLevels: ['porras-ktt'],
      actors: [{ actor: 'kunta', role: 'organiser' }],
      referral: { whoRefers: ['sosiaalityöntekijä'], consent: 'Suostumus tarvitaan.' },
    }),
    service('koordinaattori', 'Työkykykoordinaattori', 'Koordinaattori kokoaa osatyökykyisen palvelut.', {
      roles: ['tyokykykoordinaattori'],
      regions: regional(['alue-b']),
    }),
    service('typ', 'Monialainen yhteispalvelu', 'Pitkään työttömille monialainen suunnitelma.', { keywords: ['yhteispalvelu'] }),
    service('velka', 'Talous- ja velkaneuvonta', 'Apua velkoihin ja talouden hallintaan.'),
  ],
  criteria: [
    {
      id: 'ips-kriteerit',
      title: 'IPS kenelle',
      appliesTo: ['ips'],
      items: [{ id: 'halu', text: 'Asiakas haluaa töihin avoimille työmarkkinoille.', force: 'required' }],
    },
  ],
  targetGroups: [
    { id: 'mielenterveyskuntoutujat', name: 'Mielenterveyskuntoutujat' },
    { id: 'pitkaaikaistyottomat', name: 'Pitkäaikaistyöttömät', synonyms: ['pitkään työttömänä olleet'] },
  ],
  roles: [{ id: 'tyokykykoordinaattori', name: 'Työkykykoordinaattori' }],
  glossary: [{ id: 'typ', term: 'TYP', expansion: 'työllistymistä edistävä monialainen yhteispalvelu', isAcronym: true, related: ['typ'] }],
  actors: [
    { id: 'alue-sote', name: 'Alueen sote-keskus', kind: 'sote' },
    { id: 'kunta', name: 'Kunnan sosiaalipalvelut', kind: 'sote' },
  ],
  levels: [{ id: 'porras-ktt', name: 'Kuntouttava työtoiminta' }],
};

const searcher = loadSearcher(buildSearchIndex(input));
const top = (query: string, filters = {}) => search(searcher, query, { filters }).map((hit) => hit.service.id);

describe('search finds a service by', () => {
  test.each([
    ['its name', 'kuntouttava työtoiminta', 'ktt'],
    ['an inflected form', 'kuntouttavaan työtoimintaan', 'ktt'],
    ['a compound in the target group', 'mielenterveyskuntoutujalle', 'ips'],
    ['the part of a compound', 'työkykykoordinaattorin', 'koordinaattori'],
    ['a query without ä and ö', 'tyokykykoordinaattori', 'koordinaattori'],
    ['a typo', 'velkanevontaa', 'velka'],
    ['an acronym from the glossary', 'TYP', 'typ'],
    ['a criterion', 'haluaa töihin avoimille työmarkkinoille', 'ips'],
    ['a whole sentence', 'Asiakas on ollut pitkään työttömänä ja tarvitsisi jotain tekemistä', 'ktt'],
    ['a compound typed as two words', 'työkyky koordinaattori', 'koordinaattori'],
  ])('%s: "%s" → %s first', (_, query, expected) => expect(top(query)[0]).toBe(expected));

  test('an empty query, or one of stop words only, lists the services by name', () => {
    expect(top('')).toEqual(['ips', 'ktt', 'typ', 'velka', 'koordinaattori']);
    expect(top('joka on')).toEqual(top(''));
  });

  test('a word in no service gives no results', () => {
    expect(top('xylofoni')).toEqual([]);
  });
});

describe('facets', () => {
  const municipalities = [
    { code: '001', wellbeingArea: 'alue-a', employmentArea: 'tyo-a' },
    { code: '002', wellbeingArea: 'alue-b', employmentArea: 'tyo-a' },
  ];
  test('a region keeps its own services and the national ones', () => {
    const region = resolveRegion('alue-a', municipalities);
    expect(top('', { region })).toEqual(['ips', 'ktt', 'typ', 'velka']);
  });
  test('a municipality resolves to its wellbeing area', () => {
    expect(resolveRegion('002', municipalities)?.wellbeingAreas).toEqual(new Set(['alue-b']));
    expect(resolveRegion('999', municipalities)).toBeUndefined();
  });
  test.each([
    [{ targetGroup: 'pitkaaikaistyottomat' }, ['ktt']],
    [{ providerKind: 'sote' }, ['ips', 'ktt']],
    [{ level: 'porras-ktt' }, ['ktt']],
  ])('%j → %j', (filters, expected) => {
    expect(searcher.services.filter((doc) => passesFilters(doc, filters)).map((doc) => doc.id)).toEqual(expected);
  });
});

describe('results', () => {
  test('carry the passage that matched, its kind and label', () => {
    const [hit] = search(searcher, 'töihin avoimille työmarkkinoille');
    expect(hit?.passage).toEqual({ kind: 'criterion', text: 'Asiakas haluaa töihin avoimille työmarkkinoille.', label: 'IPS kenelle', force: 'required' });
  });
  test('service documents carry provider, referral and sources', () => {
    const doc = searcher.services.find((d) => d.id === 'ktt');
    expect(doc?.providers).toEqual(['Kunnan sosiaalipalvelut']);
    expect(doc?.referral?.consent).toBe('Suostumus tarvitaan.');
    expect(doc?.sources).toEqual([{ href: '/lahteet/#a', title: 'Lähde A', lines: '1-2' }]);
  });
});

describe('the static index', () => {
  const index = buildSearchIndex({ ...input, services: [...input.services, service('ips-2', 'Toinen IPS', 'Sama kohderyhmä.', { targetGroups: ['mielenterveyskuntoutujat'] })] });
  test('stores each text once (a target group shared by two services too)', () => {
    expect(new Set(index.texts).size).toBe(index.texts.length);
    expect(index.texts.filter((text) => text === 'Mielenterveyskuntoutujat')).toHaveLength(1);
  });
  test('decodes a service and its passages as they were built', () => {
    const loaded = loadSearcher(index);
    const s = loaded.services.findIndex((doc) => doc.id === 'ips');
    expect(loaded.services[s]).toMatchObject({ id: 'ips', name: 'IPS-työhönvalmennus', providerKinds: ['sote'], regions: { national: false, wellbeingAreas: ['alue-a'] } });
    expect(passagesOf(loaded, s).map((passage) => passage.kind)).toEqual(['name', 'summary', 'criterion', 'targetGroup', 'provider']);
  });
  test('decodes postings lazily, counting the services that hold a term', () => {
    const loaded = loadSearcher(index);
    const id = loaded.termIds.get('mielenterveyskuntoutuja');
    expect(id).toBeDefined();
    expect(postingsOf(loaded, id ?? 0).docFreq).toBe(2);
  });
  test('carries the finder criteria with their texts', () => {
    expect(finderCriteria(loadSearcher(index))).toEqual([
      { id: 'ips-kriteerit', title: 'IPS kenelle', appliesTo: ['ips'], items: [{ id: 'halu', text: 'Asiakas haluaa töihin avoimille työmarkkinoille.', situations: [], force: 'required', instead: [] }] },
    ]);
  });
});

describe('highlightParts', () => {
  test('marks the words that match, in their inflected forms', () => {
    expect(highlightParts('Kuntouttavaa työtoimintaa nuorille.', ['kuntouttava', 'tyotoiminta'])).toEqual([
      { text: 'Kuntouttavaa', match: true },
      { text: ' ', match: false },
      { text: 'työtoimintaa', match: true },
      { text: ' nuorille.', match: false },
    ]);
  });
  test('marks a compound that contains a matched part', () => {
    expect(highlightParts('Mielenterveyskuntoutujat', ['kuntoutuja'])).toEqual([{ text: 'Mielenterveyskuntoutujat', match: true }]);
  });
  test('keeps the text whole when nothing matches; never produces markup', () => {
    expect(highlightParts('<b>ei</b>', ['kuntoutus'])).toEqual([{ text: '<b>ei</b>', match: false }]);
  });
});

describe('excerpt', () => {
  const long = `${'alku '.repeat(30)}kuntoutus on tässä ${'loppu '.repeat(30)}`.trim();
  test('cuts a window around the first match at word boundaries', () => {
    expect(excerpt(long, ['kuntoutus'], 60)).toBe('…alku alku alku kuntoutus on tässä loppu loppu loppu …');
  });
  test('keeps a short text whole and starts from the beginning when nothing matches', () => {
    expect(excerpt('lyhyt teksti', ['x'])).toBe('lyhyt teksti');
    expect(excerpt(long, ['xyz'], 20)).toBe('alku alku alku alku …');
  });
});

describe('example descriptions (content/referral-examples)', () => {
  // 'lipsuu' and 'vuorokausirytmi' occur in no service text: only the example links them to a service.
  const example = { text: 'Vuorokausirytmi lipsuu, nukkuu päivät ja valvoo yöt.', accept: ['ktt', 'velka'] };
  const taught = loadSearcher(buildSearchIndex({ ...input, examples: [example] }));
  const found = (query: string) => search(taught, query).map((hit) => hit.service.id);

  test('a word only an example uses finds each service the example accepts, and no other', () => {
    expect(top('vuorokausirytmi lipsuu')).toEqual([]);
    expect(new Set(found('vuorokausirytmi lipsuu'))).toEqual(new Set(['ktt', 'velka']));
  });

  test('the example is never shown: a result card gets the same passages as without it, and no excerpt from it', () => {
    const ktt = taught.services.findIndex((doc) => doc.id === 'ktt');
    expect(passagesOf(taught, ktt)).toEqual(passagesOf(searcher, ktt));
    expect(shardIndex(buildSearchIndex({ ...input, examples: [example] })).fragments).toEqual(shardIndex(buildSearchIndex(input)).fragments);
    const hits = search(taught, 'vuorokausirytmi lipsuu');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((hit) => hit.passage)).toEqual(hits.map(() => undefined));
  });

  test("a result's reason names only words of the service's own texts, not the example's", () => {
    const hits = referralSearch(taught, 'vuorokausirytmi lipsuu, velkoja').hits;
    const velka = hits.find((hit) => hit.service.id === 'velka');
    expect(velka?.reasons.words).toEqual(['velkoja']);
    expect(hits.find((hit) => hit.service.id === 'ktt')?.reasons.words).toEqual([]);
  });

  test('the services the example does not accept index as before', () => {
    expect(found('IPS-työhönvalmennus')).toEqual(top('IPS-työhönvalmennus'));
    expect(found('velkaneuvonta')).toEqual(top('velkaneuvonta'));
  });
});
