/**
 * The referral island's municipality list travels in its props as one compact string
 * ("code|name|wellbeing area|employment area" rows joined by ";"): Astro serialises an array of
 * objects into several times that size, and the props are part of the page's HTML.
 */

export interface MunicipalityOption {
  code: string;
  name: string;
  wellbeingArea: string;
  employmentArea: string;
}

const FIELD = '|';
const ROW = ';';

/** Encodes the list; separators in a name (none in the regional data) are dropped. */
export function encodeMunicipalities(list: readonly MunicipalityOption[]): string {
  const clean = (value: string) => value.replaceAll(FIELD, ' ').replaceAll(ROW, ' ');
  return list.map((m) => [m.code, m.name, m.wellbeingArea, m.employmentArea].map(clean).join(FIELD)).join(ROW);
}

/** Decodes encodeMunicipalities' string; a malformed row is skipped. */
export function decodeMunicipalities(text: string): MunicipalityOption[] {
  if (text === '') return [];
  return text.split(ROW).flatMap((row) => {
    const [code, name, wellbeingArea, employmentArea] = row.split(FIELD);
    return code === undefined || name === undefined || wellbeingArea === undefined || employmentArea === undefined ? [] : [{ code, name, wellbeingArea, employmentArea }];
  });
}
