import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { contentGuard } from './integrations/content-guard';

// Static site; React only for the islands that need it (map, finder, charts with interaction).
export default defineConfig({
  site: 'https://palvelukyla.example',
  output: 'static',
  trailingSlash: 'always',
  outDir: process.env['PALVELUKYLA_OUT_DIR'] ?? './dist',
  integrations: [contentGuard(), react()],
  vite: {
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  },
});
