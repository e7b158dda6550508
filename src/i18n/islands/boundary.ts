/** The error boundary every island has: common's island.* strings only (see ../islands.md). */
import { common } from '../fi/common';
import { translator } from '../translate';

export const islandText = translator(common);
