/** Ohjautuminen's island strings: the search, the finder and the referral summary, with the criteria forces' labels (see ../islands.md). */
import { forces } from '../fi/forces';
import { common } from '../fi/common';
import { search } from '../fi/search';
import { translator } from '../translate';

export const searchText = translator({ ...common, ...forces, ...search });
