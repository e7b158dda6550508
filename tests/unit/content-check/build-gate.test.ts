/** The gate really stops `astro build`: a bad content folder fails the build with file and field. */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { contentFolder, temporaryFolder } from './content-fixtures';

test('astro build fails on an unknown reference, naming file and field', { timeout: 120_000 }, () => {
  const result = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      PALVELUKYLA_CONTENT_DIR: contentFolder('unknown-reference'),
      PALVELUKYLA_OUT_DIR: join(temporaryFolder('palvelukyla-out-'), 'dist'),
    },
  });
  expect(result.status).not.toBe(0);
  expect(result.stdout + result.stderr).toContain('content/services/tuntematon-viite.yaml: actors[1].actor "kela-x" is not an actor id');
});
