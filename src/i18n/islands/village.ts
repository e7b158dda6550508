/** The mökkikylä island's strings (see ../islands.md). */
import { catalog } from '../fi/catalog';
import { common } from '../fi/common';
import { village } from '../fi/village';
import { translator } from '../translate';

const villageStrings = { ...common, ...catalog, ...village };
export const villageText = translator(villageStrings);
/** A key of the mökkikylä's strings (for keys built from ids: `village.neighbourhood.${id}`). */
export type VillageKey = keyof typeof villageStrings;
