/**
 * The overlap of the 22 wellbeing areas and 45 employment areas, derived from the municipality
 * table alone, reproduces every statement of the source slides about it:
 * seed 000_6065ebe6b586c45c.txt (yhdyspintaverkosto-2024), lines 126–181.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '@/content-check/index.ts';
import { alsoReaches, matrixOrder, membersBy, regionStructure, structureCounts, type Municipality } from '@/lib/regions/structure';

const { entries } = checkContent(join(import.meta.dirname, '..', '..', '..', 'content'));
const municipalities = [...entries.municipalities.values()].map((e) => e.data);
const wellbeingAreas = [...entries.wellbeingAreas.values()].map((e) => e.data);
const employmentAreas = [...entries.employmentAreas.values()].map((e) => e.data);
const structure = regionStructure(municipalities);
const counts = structureCounts(structure);
const wbByName = new Map(wellbeingAreas.map((a) => [a.name, a.id]));
const eaByName = new Map(employmentAreas.map((a) => [a.name, a.id]));
const wb = (id: string) => structure.wellbeing.find((a) => a.id === id)!;
const ids = <T extends { id: string }>(list: readonly T[]) => list.map((a) => a.id).sort();
/** "Lapin HVA" in the slides is "Lapin hyvinvointialue" in the table. */
const wbId = (slideName: string) =>
  wbByName.get(slideName.replace(' HVA', ' hyvinvointialue')) ?? (slideName === 'Helsingin kaupunki' ? 'helsinki' : undefined);

describe('seed 000, line 126: "Työllisyysalueet (45 kpl) Hyvinvointialueet (22 kpl)"', () => {
  test('22 wellbeing areas and 45 employment areas', () => {
    expect([counts.wellbeingAreas, counts.employmentAreas]).toEqual([22, 45]);
  });
});

describe('seed 000, lines 134–140: wellbeing areas with only one employment area', () => {
  test('exactly six, named in the slide', () => {
    const single = structure.wellbeing.filter((a) => a.partners.length === 1);
    const named = ['Kainuun HVA', 'Keski-Pohjanmaan HVA', 'Keski-Uudenmaan HVA', 'Pohjois-Karjalan HVA', 'Etelä-Karjalan HVA', 'Helsingin kaupunki'];
    expect(ids(single)).toEqual(named.map(wbId).sort());
    expect(counts.wellbeing.singlePartner).toBe(6);
  });
});

describe('seed 000, lines 142–154: wellbeing areas with more than one employment area', () => {
  test.each([
    ['Lapin HVA', 4], ['Länsi-Uudenmaan HVA', 4], ['Pohjois-Pohjanmaan HVA', 4],
    ['Etelä-Pohjanmaan HVA', 3], ['Etelä-Savon HVA', 3], ['Keski-Suomen HVA', 3],
    ['Pirkanmaan HVA', 3], ['Pohjanmaan HVA', 3], ['Pohjois-Savon HVA', 3],
    ['Itä-Uudenmaan HVA', 2], ['Kanta-Hämeen HVA', 2], ['Kymenlaakson HVA', 2],
    ['Päijät-Hämeen HVA', 2], ['Satakunnan HVA', 2], ['Vantaan ja Keravan HVA', 2],
    ['Varsinais-Suomen HVA', 2],
  ] as const)('%s (%i)', (name, expected) => {
    expect(wb(wbId(name)!).partners).toHaveLength(expected);
  });
});

describe('seed 000, lines 156–164 and 179–181: employment areas reaching into more than one wellbeing area', () => {
  const spanning = structure.employment.filter((a) => a.class === 'spans');

  test('five, as named in the slide, each touching exactly two wellbeing areas', () => {
    const named = ['Kainuu-Koillismaa', 'Suupohja', 'Keski-Savo', 'Eteläinen Keski-Suomi', 'Kerava-Sipoo'];
    expect(ids(spanning)).toEqual(named.map((n) => eaByName.get(n)).sort());
    expect(spanning.map((a) => a.partners.length)).toEqual([2, 2, 2, 2, 2]);
    expect(counts.employment.spans).toBe(5);
  });

  test('"mikä vaikuttaa 10 hyvinvointialueen toimintaan": they touch ten wellbeing areas', () => {
    expect(counts.wellbeingTouchedBySpanning).toBe(10);
    expect(counts.wellbeing.shared).toBe(10);
  });

  test('where they cross the border (SOURCES.md: Kuusamo and Taivalkoski, Kristiinankaupunki, Pieksämäki, Mänttä-Vilppula, Sipoo)', () => {
    const crossing = spanning.map((a) => [a.id, a.partners.map((p) => `${p.id}:${p.shared.length}`)]);
    expect(Object.fromEntries(crossing)).toMatchInlineSnapshot(`
      {
        "etelainen-keski-suomi": [
          "keski-suomi:7",
          "pirkanmaa:1",
        ],
        "kainuu-koillismaa": [
          "kainuu:8",
          "pohjois-pohjanmaa:2",
        ],
        "kerava-sipoo": [
          "ita-uusimaa:1",
          "vantaa-kerava:1",
        ],
        "keski-savo": [
          "pohjois-savo:3",
          "etela-savo:1",
        ],
        "suupohja": [
          "etela-pohjanmaa:5",
          "pohjanmaa:1",
        ],
      }
    `);
  });
});

describe('seed 000, lines 172–173: "Ainoastaan 5 työllisyysaluetta (ml. Helsinki) on … yhteneviä hyvinvointialueen toimialueen kanssa"', () => {
  test('five employment areas coincide with a wellbeing area, Helsinki among them', () => {
    const coinciding = structure.employment.filter((a) => a.class === 'coincides');
    expect(ids(coinciding)).toEqual(['etela-karjala', 'helsinki', 'keski-pohjanmaa', 'keski-uusimaa', 'pohjois-karjala']);
    expect(counts.employment.coincides).toBe(5);
    expect(counts.wellbeing.coincides).toBe(5);
  });
});

describe('seed 000, lines 175–177: seven wellbeing areas share their outer border with their employment areas but have two or more', () => {
  test('seven (SOURCES.md names them)', () => {
    const same = structure.wellbeing.filter((a) => a.class === 'same-border');
    expect(ids(same)).toEqual(['kanta-hame', 'kymenlaakso', 'lansi-uusimaa', 'lappi', 'paijat-hame', 'satakunta', 'varsinais-suomi']);
    expect(same.every((a) => a.partners.length >= 2)).toBe(true);
  });

  test('5 + 7 + 10 = 22: every wellbeing area has exactly one class', () => {
    expect(counts.wellbeing).toEqual({ coincides: 5, sameBorder: 7, shared: 10, singlePartner: 6 });
  });

  test('Kainuu has one employment area, but it is shared with Pohjois-Pohjanmaa', () => {
    expect(wb('kainuu')).toMatchObject({ class: 'shared', partners: [{ id: 'kainuu-koillismaa' }] });
  });
});

describe('regionStructure on a small table', () => {
  const m = (code: string, wellbeingArea: string, employmentArea: string): Municipality => ({
    code, name: code, nameSv: code, region: 'x', wellbeingArea, employmentArea,
  });
  const tiny = [m('001', 'w1', 'e1'), m('002', 'w1', 'e1'), m('003', 'w2', 'e2'), m('004', 'w2', 'e3'), m('005', 'w3', 'e3'), m('006', 'w4', 'e4'), m('007', 'w4', 'e5')];
  const small = regionStructure(tiny);

  test.each([
    ['e1', 'coincides'], ['e2', 'inside'], ['e3', 'spans'], ['e4', 'inside'], ['e5', 'inside'],
  ])('employment area %s: %s', (id, klass) => {
    expect(small.employment.find((a) => a.id === id)?.class).toBe(klass);
  });

  test.each([
    ['w1', 'coincides'], ['w2', 'shared'], ['w3', 'shared'], ['w4', 'same-border'],
  ])('wellbeing area %s: %s', (id, klass) => {
    expect(small.wellbeing.find((a) => a.id === id)?.class).toBe(klass);
  });

  test('membersBy still groups codes by area', () => {
    expect(Object.fromEntries(membersBy(tiny, 'wellbeingArea'))).toEqual({ w1: ['001', '002'], w2: ['003', '004'], w3: ['005'], w4: ['006', '007'] });
  });

  test('matrix order keeps linked wellbeing areas together and puts the bridging column between their blocks', () => {
    expect(matrixOrder(small, (a, b) => b.localeCompare(a))).toEqual({ rows: ['w4', 'w3', 'w2', 'w1'], columns: ['e4', 'e5', 'e3', 'e2', 'e1'] });
  });
});

describe('matrix order of the real table', () => {
  test('every row and column once; linked wellbeing areas adjacent', () => {
    const order = matrixOrder(structure, (a, b) => a.localeCompare(b));
    expect(new Set(order.rows).size).toBe(22);
    expect(new Set(order.columns).size).toBe(45);
    for (const area of structure.employment.filter((a) => a.class === 'spans')) {
      const [i, j] = area.partners.map((p) => order.rows.indexOf(p.id));
      expect(Math.abs(i! - j!), area.id).toBe(1);
    }
  });
});

describe('alsoReaches: what a region page names for a spanning employment area', () => {
  const ea = (name: string) => structure.employment.find((a) => a.id === eaByName.get(name))!;

  test.each([
    ['Keski-Savo', 'Pohjois-Savon HVA', 'Etelä-Savon HVA', ['Pieksämäki']],
    ['Keski-Savo', 'Etelä-Savon HVA', 'Pohjois-Savon HVA', ['Joroinen', 'Leppävirta', 'Varkaus']],
    ['Kainuu-Koillismaa', 'Kainuun HVA', 'Pohjois-Pohjanmaan HVA', ['Kuusamo', 'Taivalkoski']],
  ])('%s seen from %s also reaches %s (%j)', (employment, from, other, shared) => {
    const reached = alsoReaches(ea(employment), wbId(from)!);
    expect(reached.map((p) => p.id)).toEqual([wbId(other)]);
    const names = reached[0]!.shared.map((code) => municipalities.find((m) => m.code === code)!.name).sort((a, b) => a.localeCompare(b, 'fi'));
    expect(names).toEqual(shared);
  });

  test('an employment area inside one wellbeing area reaches no other', () => {
    const inside = structure.employment.find((a) => a.class === 'inside')!;
    expect(alsoReaches(inside, inside.partners[0]!.id)).toEqual([]);
  });
});
