/**
 * The files the /data/ page (Avoin data) lists, in the order it lists them: where each is, its
 * format, what it holds (the text is `openData.desc.<key>`) and, for spreadsheets, its columns.
 */
import { regionsCsvColumns } from './contract.ts';
import { actorsCsvColumns, servicesCsvColumns } from './spreadsheets.ts';
import { routes } from '../routes.ts';

export interface OpenDataFile {
  /** Shown as the link text. */
  name: string;
  href: string;
  format: 'json' | 'csv' | 'atom';
  /** `openData.desc.<key>` in src/i18n/fi/open-data.ts. */
  key: string;
  columns?: readonly string[];
}

export const openDataFiles: readonly OpenDataFile[] = [
  { name: 'hsds/services.json', href: routes.data('hsds/services.json'), format: 'json', key: 'hsdsServices' },
  { name: 'hsds/organizations.json', href: routes.data('hsds/organizations.json'), format: 'json', key: 'hsdsOrganizations' },
  { name: 'hsds/taxonomies.json', href: routes.data('hsds/taxonomies.json'), format: 'json', key: 'hsdsTaxonomies' },
  { name: 'hsds/taxonomy_terms.json', href: routes.data('hsds/taxonomy_terms.json'), format: 'json', key: 'hsdsTerms' },
  { name: 'services.csv', href: routes.data('services.csv'), format: 'csv', key: 'servicesCsv', columns: servicesCsvColumns },
  { name: 'actors.csv', href: routes.data('actors.csv'), format: 'csv', key: 'actorsCsv', columns: actorsCsvColumns },
  { name: 'regions.csv', href: routes.data('regions.csv'), format: 'csv', key: 'regionsCsv', columns: regionsCsvColumns },
  { name: 'catalog.json', href: routes.data('catalog.json'), format: 'json', key: 'catalog' },
  { name: 'regions.json', href: routes.data('regions.json'), format: 'json', key: 'regions' },
  { name: 'yllapito.json', href: routes.data('yllapito.json'), format: 'json', key: 'maintenance' },
  { name: 'muutokset/atom.xml', href: routes.changesFeed(), format: 'atom', key: 'atom' },
];
