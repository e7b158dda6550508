/** Shapes of the machine-readable output (README.md "Data for other tools"): pure, so tests pin them. */
import { toCsv } from '../csv.ts';
import { membersBy, type RegionTables } from '../regions/structure.ts';

export interface RegionsJson {
  wellbeingAreas: { id: string; name: string; nameSv: string; code: string; municipalities: string[] }[];
  employmentAreas: {
    id: string;
    name: string;
    nameSv: string;
    model: string;
    leadMunicipality: string | null;
    leadConfidence: string | null;
    municipalities: string[];
  }[];
  municipalities: { code: string; name: string; nameSv: string; wellbeingArea: string; employmentArea: string }[];
}

/** data/regions.json: member lists come from the municipality table, not from the area files. */
export function regionsContract(tables: RegionTables): RegionsJson {
  const wellbeing = membersBy(tables.municipalities, 'wellbeingArea');
  const employment = membersBy(tables.municipalities, 'employmentArea');
  return {
    wellbeingAreas: tables.wellbeingAreas.map((area) => ({
      id: area.id,
      name: area.name,
      nameSv: area.nameSv,
      code: area.code,
      municipalities: wellbeing.get(area.id) ?? [],
    })),
    employmentAreas: tables.employmentAreas.map((area) => ({
      id: area.id,
      name: area.name,
      nameSv: area.nameSv,
      model: area.model,
      leadMunicipality: area.leadMunicipality,
      leadConfidence: area.leadConfidence,
      municipalities: employment.get(area.id) ?? [],
    })),
    municipalities: tables.municipalities.map((m) => ({
      code: m.code,
      name: m.name,
      nameSv: m.nameSv,
      wellbeingArea: m.wellbeingArea,
      employmentArea: m.employmentArea,
    })),
  };
}

/** Columns of data/regions.csv, in order (the /data/ page explains each). */
export const regionsCsvColumns = ['kunta', 'kuntakoodi', 'hyvinvointialue', 'tyollisyysalue'] as const;

/**
 * data/regions.csv for planners who work in spreadsheets (municipality, code, wellbeing area,
 * employment area), with a byte order mark so Excel shows ä and ö.
 */
export function regionsCsv(tables: RegionTables): string {
  const wellbeing = new Map(tables.wellbeingAreas.map((a) => [a.id, a.name]));
  const employment = new Map(tables.employmentAreas.map((a) => [a.id, a.name]));
  return toCsv(
    [
      regionsCsvColumns,
      ...tables.municipalities.map((m) => [m.name, m.code, wellbeing.get(m.wellbeingArea) ?? m.wellbeingArea, employment.get(m.employmentArea) ?? m.employmentArea]),
    ],
    { bom: true },
  );
}
