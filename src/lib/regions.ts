/**
 * Pure functions over the municipality table. Every regional fact the site shows (members of a
 * wellbeing area, overlaps, counts) is derived here from the municipalities, never typed twice.
 */
import type { EntryOf } from '../schemas/collections.ts';

export type Municipality = EntryOf<'municipalities'>;
export type WellbeingArea = EntryOf<'wellbeingAreas'>;
export type EmploymentArea = EntryOf<'employmentAreas'>;

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
