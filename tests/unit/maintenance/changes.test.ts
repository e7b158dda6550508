/** The change history's pure half (src/lib/maintenance/changes.ts): git's raw log, entry diffs, Atom. */
import { describe, expect, test } from 'vitest';
import { atomFeed, changedFields, entryChanges, escapeXml, parseRawLog } from '@/lib/maintenance/changes';

describe('parseRawLog', () => {
  test('commits with their date and the files they changed, blob ids before and after', () => {
    const log = [
      '\x1eaaa111\x1f2026-12-07T05:44:57+00:00',
      '',
      ':100644 100644 2c81c339 7822d891 M\tlexicon.yaml',
      ':000000 100644 0000000 1a5570ad A\tservices/uusi.yaml',
      '\x1ebbb222\x1f2026-12-06T10:00:00+02:00',
      '',
      ':100644 000000 45b1127f 0000000 D\tservices/vanha.yaml',
      '',
    ].join('\n');
    expect(parseRawLog(log)).toEqual([
      {
        commit: 'aaa111',
        date: '2026-12-07T05:44:57+00:00',
        files: [
          { path: 'lexicon.yaml', before: '2c81c339', after: '7822d891' },
          { path: 'services/uusi.yaml', before: '', after: '1a5570ad' },
        ],
      },
      { commit: 'bbb222', date: '2026-12-06T10:00:00+02:00', files: [{ path: 'services/vanha.yaml', before: '45b1127f', after: '' }] },
    ]);
  });

  test('empty output: no commits', () => {
    expect(parseRawLog('')).toEqual([]);
  });
});

describe('changedFields', () => {
  test('top-level fields whose value differs, key order inside a value does not count', () => {
    expect(
      changedFields(
        { name: 'A', regions: { a: 1, b: 2 }, sources: [1], verified: '2026-01-01' },
        { name: 'A', regions: { b: 2, a: 1 }, sources: [1, 2], verified: '2026-12-07', ptv: 'x' },
      ),
    ).toEqual(['sources', 'verified', 'ptv']);
  });
});

describe('entryChanges', () => {
  const file = { kind: 'file', id: 'ips' } as const;
  test.each([
    ['added', undefined, { name: 'IPS' }, [{ id: 'ips', kind: 'added', fields: [] }]],
    ['removed', { name: 'IPS' }, undefined, [{ id: 'ips', kind: 'removed', fields: [] }]],
    ['changed', { name: 'IPS', summary: 'a' }, { name: 'IPS', summary: 'b' }, [{ id: 'ips', kind: 'changed', fields: ['summary'] }]],
    ['only reformatted', { name: 'IPS' }, { name: 'IPS' }, []],
  ] as const)('one entry per file: %s', (_, before, after, expected) => {
    expect(entryChanges(file, before, after)).toEqual(expected);
  });

  test('a list file is compared entry by entry on its key', () => {
    const before = [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
      { id: 'c', label: 'C' },
    ];
    const after = [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B2', ages: { max: 24 } },
      { id: 'd', label: 'D' },
    ];
    expect(entryChanges({ kind: 'list', key: 'id' }, before, after)).toEqual([
      { id: 'b', kind: 'changed', fields: ['label', 'ages'] },
      { id: 'd', kind: 'added', fields: [] },
      { id: 'c', kind: 'removed', fields: [] },
    ]);
  });

  test('a new list file adds every entry; municipalities are keyed by code', () => {
    expect(entryChanges({ kind: 'list', key: 'code' }, undefined, [{ code: '091' }, { code: '049' }]).map((c) => `${c.kind} ${c.id}`)).toEqual(['added 091', 'added 049']);
  });
});

describe('atomFeed', () => {
  test('an Atom 1.0 document, text escaped, updated from the newest entry', () => {
    const xml = atomFeed({
      id: 'https://palvelukyla.example/muutokset/',
      title: 'Muutokset & korjaukset',
      self: 'https://palvelukyla.example/muutokset/atom.xml',
      alternate: 'https://palvelukyla.example/muutokset/',
      author: 'Palvelukylä',
      updated: '2026-01-01T00:00:00Z',
      entries: [
        { id: 'urn:uuid:1', title: 'Palvelu: "IPS" <uusi>', link: 'https://palvelukyla.example/palvelut/ips/', updated: '2026-12-07T05:44:57+00:00', summary: 'muuttui: summary' },
      ],
    });
    expect(xml).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fi">
        <id>https://palvelukyla.example/muutokset/</id>
        <title>Muutokset &amp; korjaukset</title>
        <updated>2026-12-07T05:44:57+00:00</updated>
        <link rel="self" type="application/atom+xml" href="https://palvelukyla.example/muutokset/atom.xml"/>
        <link rel="alternate" type="text/html" href="https://palvelukyla.example/muutokset/"/>
        <author><name>Palvelukylä</name></author>
        <entry>
          <id>urn:uuid:1</id>
          <title>Palvelu: &quot;IPS&quot; &lt;uusi&gt;</title>
          <link rel="alternate" type="text/html" href="https://palvelukyla.example/palvelut/ips/"/>
          <updated>2026-12-07T05:44:57+00:00</updated>
          <summary>muuttui: summary</summary>
        </entry>
      </feed>
      "
    `);
  });

  test('escapeXml', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
