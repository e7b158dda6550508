/**
 * Municipality lists travel to islands as one compact string ("code|name|wellbeing area|employment
 * area" rows, optionally "|Swedish name", joined by ";"): Astro serialises an array of objects into
 * several times that size, and the props are part of the page's HTML. src/data encodes at build
 * time; the island decodes.
 */

export interface MunicipalityOption {
  code: string;
  name: string;
  wellbeingArea: string;
  employmentArea: string;
  /** Swedish name, only for islands that match it (the municipality lookup). */
  nameSv?: string | undefined;
}

const FIELD = '|';
const ROW = ';';

/** Encodes the list; separators in a name (none in the regional data) are dropped. */
export function encodeMunicipalities(list: readonly MunicipalityOption[]): string {
  const clean = (value: string) => value.replaceAll(FIELD, ' ').replaceAll(ROW, ' ');
  return list
    .map((m) => [m.code, m.name, m.wellbeingArea, m.employmentArea, ...(m.nameSv === undefined ? [] : [m.nameSv])].map(clean).join(FIELD))
    .join(ROW);
}

/** Decodes encodeMunicipalities' string; a malformed row is skipped. */
export function decodeMunicipalities(text: string): MunicipalityOption[] {
  if (text === '') return [];
  return text.split(ROW).flatMap((row) => {
    const [code, name, wellbeingArea, employmentArea, nameSv, ...extra] = row.split(FIELD);
    if (code === undefined || name === undefined || wellbeingArea === undefined || employmentArea === undefined || extra.length > 0) return [];
    return [nameSv === undefined ? { code, name, wellbeingArea, employmentArea } : { code, name, wellbeingArea, employmentArea, nameSv }];
  });
}

/** The municipalities of each wellbeing area, in list order. */
export function byWellbeingArea(list: readonly MunicipalityOption[]): Map<string, MunicipalityOption[]> {
  const areas = new Map<string, MunicipalityOption[]>();
  for (const municipality of list) {
    const members = areas.get(municipality.wellbeingArea);
    if (members === undefined) areas.set(municipality.wellbeingArea, [municipality]);
    else members.push(municipality);
  }
  return areas;
}
