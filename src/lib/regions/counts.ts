/**
 * How many wellbeing areas, employment areas and municipalities there are, from the regional
 * tables, and the filling of content text that writes them as placeholders ({employmentAreas}).
 */
import type { CountPlaceholder } from '../../schemas/shared.ts';
import type { RegionTables } from './structure.ts';

export type RegionCounts = Record<CountPlaceholder, number>;

/** The sizes of the regional tables, by placeholder name. */
export function regionCounts(tables: RegionTables): RegionCounts {
  return {
    wellbeingAreas: tables.wellbeingAreas.length,
    employmentAreas: tables.employmentAreas.length,
    municipalities: tables.municipalities.length,
  };
}

/** Fills the count placeholders of a text; any other `{name}` is left as written. */
export function fillCounts(text: string, counts: RegionCounts): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(counts, name) ? String(counts[name as CountPlaceholder]) : whole));
}
