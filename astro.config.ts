// First: a build is a production build, whatever NODE_ENV the caller left (see the module).
import './integrations/production-build';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { contentGuard } from './integrations/content-guard';
import { islandPreload } from './integrations/island-preload';
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
  integrations: [contentGuard(), react(), islandPreload()],
  // Shiki highlights code with inline styles the policy refuses; the catalogue has no code blocks.
  markdown: { syntaxHighlight: false },
  // A strict Content-Security-Policy on every page (a <meta> Astro writes with the hashes of the
  // inline scripts and styles it emits). Scripts: this origin and those hashes, never
  // 'unsafe-inline'. Styles: <style>/<link> elements from this origin or hashed; inline style
  // *attributes* are allowed (style-src-attr only), because React Flow's server-rendered map
  // positions its nodes, edges and viewport with them and the village's nodes set their size and
  // colour there. Everything else (images, fonts, fetches) from this origin only; no plugins, no
  // forms sent elsewhere, no <base>.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: {
        resources: [
          { resource: "'self'", kind: 'element' },
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
  vite: {
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    build: {
      rollupOptions: {
        output: {
          // React, its renderer and what every island imports (the error boundary and its strings,
          // the municipality options) in one chunk: each island page loads all of them, and a file
          // each only added requests and gzip overhead (the page budgets count the bytes).
          codeSplitting: {
            groups: [
              {
                name: 'react',
                test: /node_modules[\\/](react|react-dom|scheduler|@astrojs[\\/]react)[\\/]|src[\\/]components[\\/]ui[\\/]IslandErrorBoundary|src[\\/]i18n[\\/]islands[\\/]boundary|src[\\/]lib[\\/]regions[\\/]municipality-options|src[\\/]lib[\\/]routes\.ts|src[\\/]i18n[\\/]fi[\\/]forces/,
              },
            ],
          },
        },
      },
    },
  },
});
