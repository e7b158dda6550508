/** The planners' islands' strings: matrix, comparison, municipality lookup (see ../islands.md). */
import { catalog } from '../fi/catalog';
import { common } from '../fi/common';
import { regions } from '../fi/regions';
import { translator } from '../translate';

export const regionsText = translator({ ...common, ...catalog, ...regions });
