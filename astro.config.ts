// First: a build is a production build, whatever NODE_ENV the caller left (see the module).
import './integrations/production-build';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { contentGuard } from './integrations/content-guard';
import { SITE_URL } from './src/lib/site';

// Static site; React only for the islands that need it (map, finder, charts with interaction).
export default defineConfig({
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  // Several people (and the browser tests) may build one working tree at once: each can take its
  // own output and cache folder, and point at its own content folder (PALVELUKYLA_CONTENT_DIR).
  outDir: process.env['PALVELUKYLA_OUT_DIR'] ?? './dist',
  cacheDir: process.env['PALVELUKYLA_CACHE_DIR'] ?? './node_modules/.astro',
  integrations: [contentGuard(), react()],
  vite: {
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  },
});
