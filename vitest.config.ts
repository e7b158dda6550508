import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Three projects: fast unit tests of src/lib and src/schemas; browser tests that build the site
// once (tests/browser/global-setup.ts), serve it on a loopback port and drive Debian's Chromium;
// and national-scale budgets on a build with the synthetic national catalogue (tests/national/).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/content-policy/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          // One Chromium per file; files run one after another on these 2-core machines.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'national',
          include: ['tests/national/**/*.test.ts'],
          globalSetup: ['tests/national/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
