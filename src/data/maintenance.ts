/**
 * Maintenance at build time: the worklist (/yllapito/, data/yllapito.json), each entry's file for
 * "Ehdota korjausta", and the change history (/muutokset/) read from git.
 */
import { resolve } from 'node:path';
import { getCollection } from 'astro:content';
import { readContentHistory } from '@/content-check/history';
import type { ContentHistory, HistoryStatus } from '@/lib/maintenance/changes';
import { isoToday } from '@/lib/maintenance/freshness';
import { maintenanceReport, type MaintenanceReport } from '@/lib/maintenance/report';
import { membership } from '@/lib/regions/catalog';
import { routes } from '@/lib/routes';
import { CHANGE_HISTORY_COMMITS, VERIFY_INTERVAL_DAYS } from '@/lib/site';
import { collectionLayouts, type CollectionName } from '@/schemas/collections';
import { getCatalog } from './catalog';
import { getRegions } from './regions';

/** The build's date: freshness is judged on the day the site is built. */
export const buildDate = isoToday();

let cachedReport: Promise<MaintenanceReport> | undefined;

/** The maintainers' worklist on the build's date. */
export function getMaintenanceReport(): Promise<MaintenanceReport> {
  cachedReport ??= (async () => {
    const [catalog, regions] = await Promise.all([getCatalog(), getRegions()]);
    return maintenanceReport(
      {
        services: catalog.services,
        actors: catalog.actors,
        roles: catalog.roles,
        criteria: catalog.criteria,
        pathways: catalog.pathways,
        staircases: catalog.staircases,
        wellbeingAreas: regions.wellbeingAreas,
        employmentAreas: regions.employmentAreas,
        members: membership(regions.municipalities),
      },
      buildDate,
      VERIFY_INTERVAL_DAYS,
    );
  })();
  return cachedReport;
}

const files = new Map<CollectionName, Promise<Map<string, string>>>();

/**
 * The file an entry lives in, relative to the project (`content/services/ips.yaml`), as the
 * repository has it; for an entry of a list file, that file.
 */
export async function getEntryFile(collection: CollectionName, id: string): Promise<string | undefined> {
  let byId = files.get(collection);
  if (byId === undefined) {
    byId = getCollection(collection).then(
      (entries) => new Map(entries.flatMap((e) => ('filePath' in e && typeof e.filePath === 'string' ? [[e.id, e.filePath] as const] : []))),
    );
    files.set(collection, byId);
  }
  const layout = collectionLayouts[collection];
  return (await byId).get(id) ?? (layout.layout === 'list' ? `content/${layout.file}` : undefined);
}

/** One line of /muutokset/ with the entry's current name and page (none for a removed entry). */
export interface ChangeLine {
  commit: string;
  date: string;
  collection: CollectionName;
  id: string;
  name: string;
  href: string | undefined;
  kind: 'added' | 'removed' | 'changed';
  fields: string[];
}

export interface ChangeHistory {
  status: HistoryStatus;
  lines: ChangeLine[];
}

let cachedHistory: Promise<ChangeHistory> | undefined;

/** The latest content changes, newest first, with names and links from the current catalogue. */
export function getChangeHistory(): Promise<ChangeHistory> {
  cachedHistory ??= (async () => {
    const contentDir = resolve(process.env['PALVELUKYLA_CONTENT_DIR'] ?? 'content');
    const history: ContentHistory = readContentHistory(contentDir, CHANGE_HISTORY_COMMITS);
    const [catalog, regions] = await Promise.all([getCatalog(), getRegions()]);
    // What each collection's entries are called, and where they are shown.
    const pages: Partial<Record<CollectionName, Map<string, { name: string; href: string }>>> = {
      services: new Map(catalog.services.map((e) => [e.id, { name: e.name, href: routes.service(e.id) }])),
      actors: new Map(catalog.actors.map((e) => [e.id, { name: e.name, href: routes.actor(e.id) }])),
      roles: new Map(catalog.roles.map((e) => [e.id, { name: e.name, href: routes.role(e.id) }])),
      criteria: new Map(catalog.criteria.map((e) => [e.id, { name: e.title, href: routes.search(e.title) }])),
      pathways: new Map(catalog.pathways.map((e) => [e.id, { name: e.title, href: routes.pathway(e.id) }])),
      staircases: new Map(catalog.staircases.map((e) => [e.id, { name: e.title, href: routes.staircase(e.id) }])),
      glossary: new Map(catalog.glossary.map((e) => [e.id, { name: e.term, href: routes.glossary(e.id) }])),
      sources: new Map(catalog.sources.map((e) => [e.id, { name: e.title, href: routes.sources(e.id) }])),
      targetGroups: new Map(catalog.targetGroups.map((e) => [e.id, { name: e.name, href: routes.targetGroupTerm(e.id) }])),
      situations: new Map(catalog.situations.map((e) => [e.id, { name: e.label, href: routes.situationTerm(e.id) }])),
      orientation: new Map(catalog.orientation.map((e) => [e.id, { name: e.title, href: routes.orientation() }])),
      wellbeingAreas: new Map(regions.wellbeingAreas.map((e) => [e.id, { name: e.name, href: routes.wellbeingArea(e.id) }])),
      employmentAreas: new Map(regions.employmentAreas.map((e) => [e.id, { name: e.name, href: routes.employmentArea(e.id) }])),
      municipalities: new Map(regions.municipalities.map((e) => [e.code, { name: `${e.name} (${e.code})`, href: routes.wellbeingArea(e.wellbeingArea) }])),
    };
    const lines = history.changes.map((change): ChangeLine => {
      const collection = change.collection as CollectionName;
      const page = change.kind === 'removed' ? undefined : pages[collection]?.get(change.id);
      return { ...change, collection, name: page?.name ?? change.id, href: page?.href };
    });
    return { status: history.status, lines };
  })();
  return cachedHistory;
}
