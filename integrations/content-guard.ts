/**
 * Fails `astro build` / `astro dev` before anything is rendered when the content has a problem,
 * listing every problem with its file, entry and field.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, describeProblems } from '../src/content-check/index.ts';

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
      },
    },
  };
}
