/**
 * Every UI string of the site, Finnish, behind English keys. Sections live in src/i18n/fi/ (one
 * per view) so teams can add strings without touching each other's; a Swedish locale adds a
 * parallel src/i18n/sv/ and a `lang` argument here, without touching components.
 */
import { accessibility } from './fi/accessibility';
import { catalog } from './fi/catalog';
import { common } from './fi/common';
import { glossary } from './fi/glossary';
import { sources } from './fi/sources';
import { staircase } from './fi/staircase';
import { search } from './fi/search';
import { regions } from './fi/regions';
import { village } from './fi/village';
import { pathways } from './fi/pathways';
import { orientation } from './fi/orientation';
import { openData } from './fi/open-data';
import { maintenance } from './fi/maintenance';
import { translator } from './translate';

const fi = { ...common, ...catalog, ...accessibility, ...sources, ...glossary, ...staircase, ...search, ...regions, ...village, ...pathways, ...orientation, ...openData, ...maintenance } as const;

export type UiKey = keyof typeof fi;

/** Every string of the site, for pages and build-time code. Islands use their share (islands.ts). */
export const { t, label } = translator(fi);

export const lang = 'fi';
