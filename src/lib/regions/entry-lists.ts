/**
 * Lists of named entries (services, actors) travel to islands as one table of entries and, per
 * list, the table rows it holds: the comparison's areas share most of their national services, and
 * Astro would serialise every {id, name} object of every area in full, several times the size, as
 * part of the page's HTML (2.2 MB at 5,000 services). Same rules as municipality-options.ts:
 * src/data encodes at build time, the island decodes.
 *
 * Table: "id|name" rows joined by ";". A list: the base-36 row numbers joined by ",".
 */

export interface NamedEntry {
  id: string;
  name: string;
}

const FIELD = '|';
const ROW = ';';
const ITEM = ',';

/** Encodes several lists over one shared table; separators in a name are replaced by spaces. */
export function encodeEntryLists(lists: readonly (readonly NamedEntry[])[]): { table: string; lists: string[] } {
  const clean = (value: string) => value.replaceAll(FIELD, ' ').replaceAll(ROW, ' ');
  const rows = new Map<string, number>();
  const table: string[] = [];
  const encoded = lists.map((list) =>
    list
      .map((entry) => {
        const row = `${clean(entry.id)}${FIELD}${clean(entry.name)}`;
        let index = rows.get(row);
        if (index === undefined) {
          index = table.length;
          rows.set(row, index);
          table.push(row);
        }
        return index.toString(36);
      })
      .join(ITEM),
  );
  return { table: table.join(ROW), lists: encoded };
}

/** Decodes the table of encodeEntryLists; a malformed row decodes as an empty entry. */
export function decodeEntryTable(table: string): NamedEntry[] {
  if (table === '') return [];
  return table.split(ROW).map((row) => {
    const [id = '', name = ''] = row.split(FIELD);
    return { id, name };
  });
}

/** Decodes one list against the decoded table; rows the table does not have are skipped. */
export function decodeEntryList(table: readonly NamedEntry[], list: string): NamedEntry[] {
  if (list === '') return [];
  return list.split(ITEM).flatMap((item) => {
    const entry = table[parseInt(item, 36)];
    return entry === undefined ? [] : [entry];
  });
}
