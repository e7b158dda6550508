/**
 * Fails `astro build` / `astro dev` before anything is rendered when the content has a problem,
 * listing every problem with its file, entry and field. Then warns (without failing) about the
 * maintainers' worklist: stale checks and gaps in the catalogue, the same list as /yllapito/.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, describeProblems, type ValidEntries } from '../src/content-check/index.ts';
import { isoToday } from '../src/lib/maintenance/freshness.ts';
import { describeReport, maintenanceReport, type MaintenanceInput } from '../src/lib/maintenance/report.ts';
import { membership } from '../src/lib/regions/catalog.ts';
import { VERIFY_INTERVAL_DAYS } from '../src/lib/site.ts';

/** A collection's valid entries as plain data with their ids. */
function list<T>(map: Map<string, { id: string; data: T }>): (T & { id: string })[] {
  return [...map.values()].map((entry) => ({ ...entry.data, id: entry.id }));
}

/** The worklist's input from the content gate's entries. */
export function maintenanceInput(entries: ValidEntries): MaintenanceInput {
  return {
    services: list(entries.services),
    actors: list(entries.actors),
    roles: list(entries.roles),
    criteria: list(entries.criteria),
    pathways: list(entries.pathways),
    staircases: list(entries.staircases),
    wellbeingAreas: list(entries.wellbeingAreas),
    employmentAreas: list(entries.employmentAreas),
    members: membership(list(entries.municipalities)),
  };
}

export function contentGuard(): AstroIntegration {
  return {
    name: 'palvelukyla:content-guard',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const contentDir = process.env['PALVELUKYLA_CONTENT_DIR'] ?? fileURLToPath(new URL('./content/', config.root));
        const { problems, entries } = checkContent(contentDir);
        if (problems.length > 0) throw new Error(describeProblems(problems));
        const count = Object.values(entries).reduce((sum, map) => sum + map.size, 0);
        logger.info(`content check passed: ${count} entries`);
        const worklist = describeReport(maintenanceReport(maintenanceInput(entries), isoToday(), VERIFY_INTERVAL_DAYS));
        if (worklist !== '') logger.warn(worklist);
      },
    },
  };
}
