/**
 * Pure functions over the municipality table. Every regional fact the site shows (members of a
 * wellbeing area, overlaps, counts) is derived here from the municipalities, never typed twice.
 */
import type { EmploymentArea, Municipality, WellbeingArea } from '../../schemas/region.ts';

export type { EmploymentArea, Municipality, WellbeingArea };

export interface RegionTables {
  municipalities: Municipality[];
  wellbeingAreas: WellbeingArea[];
  employmentAreas: EmploymentArea[];
}

/** Municipality codes grouped by one of the municipality's area fields, each list sorted. */
export function membersBy(
  municipalities: readonly Municipality[],
  field: 'wellbeingArea' | 'employmentArea',
): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const m of municipalities) {
    const list = members.get(m[field]) ?? [];
    list.push(m.code);
    members.set(m[field], list);
  }
  for (const list of members.values()) list.sort();
  return members;
}

/** Which of the two divisions an area belongs to. */
export type Division = 'wellbeing' | 'employment';

/** An area of the other division that shares municipalities with this one. */
export interface Partner {
  id: string;
  /** Codes of the municipalities the two areas share, sorted. */
  shared: string[];
}

/**
 * How an employment area sits in the wellbeing-area structure (seed 000, lines 156–181):
 * - coincides: exactly the municipalities of one wellbeing area;
 * - inside: within one wellbeing area, which has other employment areas too;
 * - spans: reaches into two or more wellbeing areas.
 */
export type EmploymentClass = 'coincides' | 'inside' | 'spans';

/**
 * How a wellbeing area sits in the employment-area structure (seed 000, lines 172–181):
 * - coincides: one partner, with exactly the same municipalities;
 * - same-border: its outer border is also the outer border of its employment areas, but there are two or more;
 * - shared: at least one of its employment areas reaches into a neighbouring wellbeing area.
 */
export type WellbeingClass = 'coincides' | 'same-border' | 'shared';

export interface AreaOverlap<C extends string> {
  id: string;
  /** Member municipality codes, sorted. */
  municipalities: string[];
  /** Areas of the other division sharing municipalities, most shared first, then by id. */
  partners: Partner[];
  class: C;
}

export interface RegionStructure {
  wellbeing: AreaOverlap<WellbeingClass>[];
  employment: AreaOverlap<EmploymentClass>[];
}

function partnersOf(
  municipalities: readonly Municipality[],
  from: 'wellbeingArea' | 'employmentArea',
  to: 'wellbeingArea' | 'employmentArea',
): Map<string, Partner[]> {
  const shared = new Map<string, Map<string, string[]>>();
  for (const m of municipalities) {
    const row = shared.get(m[from]) ?? new Map<string, string[]>();
    row.set(m[to], [...(row.get(m[to]) ?? []), m.code]);
    shared.set(m[from], row);
  }
  const result = new Map<string, Partner[]>();
  for (const [id, row] of shared) {
    const partners = [...row].map(([partner, codes]) => ({ id: partner, shared: [...codes].sort() }));
    partners.sort((a, b) => b.shared.length - a.shared.length || a.id.localeCompare(b.id));
    result.set(id, partners);
  }
  return result;
}

/**
 * The overlap of the two divisions, derived from the municipality table alone: for each area its
 * partners on the other division with the shared municipalities, and its classification.
 * Areas are returned in the order of `wellbeingIds` / `employmentIds` (default: first appearance).
 */
export function regionStructure(
  municipalities: readonly Municipality[],
  order: { wellbeingIds?: readonly string[]; employmentIds?: readonly string[] } = {},
): RegionStructure {
  const wbMembers = membersBy(municipalities, 'wellbeingArea');
  const eaMembers = membersBy(municipalities, 'employmentArea');
  const wbPartners = partnersOf(municipalities, 'wellbeingArea', 'employmentArea');
  const eaPartners = partnersOf(municipalities, 'employmentArea', 'wellbeingArea');

  const employment = (order.employmentIds ?? [...eaMembers.keys()]).map((id): AreaOverlap<EmploymentClass> => {
    const members = eaMembers.get(id) ?? [];
    const partners = eaPartners.get(id) ?? [];
    const only = partners.length === 1 ? partners[0] : undefined;
    const klass: EmploymentClass =
      only === undefined ? 'spans' : (wbMembers.get(only.id) ?? []).length === members.length ? 'coincides' : 'inside';
    return { id, municipalities: members, partners, class: klass };
  });
  const eaClass = new Map(employment.map((area) => [area.id, area.class]));

  const wellbeing = (order.wellbeingIds ?? [...wbMembers.keys()]).map((id): AreaOverlap<WellbeingClass> => {
    const partners = wbPartners.get(id) ?? [];
    const klass: WellbeingClass = partners.some((p) => eaClass.get(p.id) === 'spans')
      ? 'shared'
      : partners.length === 1
        ? 'coincides'
        : 'same-border';
    return { id, municipalities: wbMembers.get(id) ?? [], partners, class: klass };
  });
  return { wellbeing, employment };
}

/**
 * The areas a partner also reaches, seen from one area: for an employment area that spans several
 * wellbeing areas, the wellbeing areas other than `from`, each with the municipalities shared
 * ("Keski-Savo also reaches Etelä-Savon hyvinvointialue: Pieksämäki"). Empty for a partner that
 * stays within `from`.
 */
export function alsoReaches<C extends string>(partner: AreaOverlap<C>, from: string): Partner[] {
  return partner.partners.filter((p) => p.id !== from);
}

/** Counts a planner quotes: areas per class, and how many wellbeing areas the spanning areas touch. */
export function structureCounts(structure: RegionStructure) {
  const count = <C extends string>(areas: readonly AreaOverlap<C>[], klass: C) => areas.filter((a) => a.class === klass).length;
  const touched = new Set(
    structure.employment.filter((a) => a.class === 'spans').flatMap((a) => a.partners.map((p) => p.id)),
  );
  return {
    wellbeingAreas: structure.wellbeing.length,
    employmentAreas: structure.employment.length,
    employment: {
      coincides: count(structure.employment, 'coincides'),
      inside: count(structure.employment, 'inside'),
      spans: count(structure.employment, 'spans'),
    },
    wellbeing: {
      coincides: count(structure.wellbeing, 'coincides'),
      sameBorder: count(structure.wellbeing, 'same-border'),
      shared: count(structure.wellbeing, 'shared'),
      singlePartner: structure.wellbeing.filter((a) => a.partners.length === 1).length,
    },
    wellbeingTouchedBySpanning: touched.size,
  };
}

/**
 * Row and column order for the overlap matrix that makes the block structure visible: wellbeing
 * areas linked by a spanning employment area sit next to each other; each employment area follows
 * the first row it touches, spanning ones last in that row's block so they bridge to the next row.
 */
export function matrixOrder(structure: RegionStructure, wellbeingSort: (a: string, b: string) => number): {
  rows: string[];
  columns: string[];
} {
  const links = new Map<string, Set<string>>();
  for (const area of structure.employment) {
    for (const p of area.partners) {
      const set = links.get(p.id) ?? new Set<string>();
      for (const q of area.partners) if (q.id !== p.id) set.add(q.id);
      links.set(p.id, set);
    }
  }
  const rows: string[] = [];
  const seen = new Set<string>();
  for (const id of structure.wellbeing.map((a) => a.id).sort(wellbeingSort)) {
    // Depth-first over linked wellbeing areas so each linked group forms one run of rows.
    const stack = [id];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      rows.push(next);
      stack.push(...[...(links.get(next) ?? [])].sort(wellbeingSort).reverse());
    }
  }
  const rowIndex = new Map(rows.map((id, index) => [id, index]));
  const key = (area: AreaOverlap<EmploymentClass>) => Math.min(...area.partners.map((p) => rowIndex.get(p.id) ?? 0));
  const columns = [...structure.employment]
    .sort(
      (a, b) =>
        key(a) - key(b) ||
        Number(a.class === 'spans') - Number(b.class === 'spans') ||
        b.municipalities.length - a.municipalities.length ||
        a.id.localeCompare(b.id),
    )
    .map((area) => area.id);
  return { rows, columns };
}

/** "Pohjois-Karjalan hyvinvointialue" → "Pohjois-Karjalan HVA", the short form the source slides use. */
export function shortWellbeingName(name: string): string {
  return name.replace(/ hyvinvointialue$/, ' HVA');
}
