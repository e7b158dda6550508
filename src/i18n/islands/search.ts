/** Ohjautuminen's island strings: the search, the finder and the referral summary (see ../islands.md). */
import { catalog } from '../fi/catalog';
import { common } from '../fi/common';
import { search } from '../fi/search';
import { translator } from '../translate';

export const searchText = translator({ ...common, ...catalog, ...search });
