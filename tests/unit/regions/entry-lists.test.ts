import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeEntryList, decodeEntryTable, encodeEntryLists } from '@/lib/regions/entry-lists';

const kela = { id: 'kela', name: 'Kela' };
const tiimi = { id: 'tyokyvyn-tuen-tiimi', name: 'Työkyvyn tuen tiimi' };
const ohjaamo = { id: 'ohjaamo', name: 'Ohjaamo' };

describe('entry lists', () => {
  test('lists share one table, each entry written once', () => {
    expect(encodeEntryLists([[kela, tiimi], [tiimi, ohjaamo], []])).toEqual({
      table: 'kela|Kela;tyokyvyn-tuen-tiimi|Työkyvyn tuen tiimi;ohjaamo|Ohjaamo',
      lists: ['0,1', '1,2', ''],
    });
  });

  test('separators in a name become spaces', () => {
    const { table, lists } = encodeEntryLists([[{ id: 'a', name: 'x|y;z' }]]);
    expect(decodeEntryList(decodeEntryTable(table), lists[0] ?? '')).toEqual([{ id: 'a', name: 'x y z' }]);
  });

  test('row numbers the table does not have are skipped', () => {
    expect(decodeEntryList(decodeEntryTable('kela|Kela'), '0,zz,')).toEqual([kela]);
  });

  test('round trip: any lists of slugs and names come back as they were', () => {
    const entry = fc.record({ id: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), name: fc.string().filter((name) => !/[|;]/.test(name)) });
    fc.assert(
      fc.property(fc.array(fc.array(entry, { maxLength: 40 }), { maxLength: 5 }), (lists) => {
        const encoded = encodeEntryLists(lists);
        const table = decodeEntryTable(encoded.table);
        expect(encoded.lists.map((list) => decodeEntryList(table, list))).toEqual(lists);
      }),
    );
  });
});
