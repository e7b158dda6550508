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

const fi = { ...common, ...catalog, ...accessibility, ...sources, ...glossary, ...staircase, ...search, ...regions, ...village, ...pathways, ...orientation, ...openData, ...maintenance } as const;

export type UiKey = keyof typeof fi;

/** The string for `key`, with `{name}` placeholders filled from `vars`. */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return fi[key].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}

/** For labels built from enum values (`actorKind.kela`): the string, or the value itself when no label exists. */
export function label(prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return key in fi ? fi[key as UiKey] : value;
}

export const lang = 'fi';
