/**
 * Astro content collections: loaders built from the one layout table in src/schemas/collections.ts.
 * Cross-references are checked by the content gate (src/content-check) before this runs.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { collectionLayouts, type CollectionLayout } from '@/schemas/collections';

// Tests point the build at a fixture folder; the content gate reads the same variable.
const root = process.env['PALVELUKYLA_CONTENT_DIR'] ?? './content';

function loaderFor(layout: CollectionLayout) {
  if (layout.layout === 'files') {
    return glob({ base: `${root}/${layout.dir}`, pattern: layout.markdown ? '*.{yaml,md}' : '*.yaml' });
  }
  // A list file becomes an object keyed by the entry's id field, which is how file() takes ids
  // from a field other than `id` (municipalities use their code).
  return file(`${root}/${layout.file}`, {
    parser: (text) => {
      const items = parse(text) as Record<string, unknown>[];
      return Object.fromEntries(items.map((item) => [String(item[layout.key]), item]));
    },
  });
}

function collection<L extends CollectionLayout>(layout: L) {
  return defineCollection({ loader: loaderFor(layout), schema: layout.schema as L['schema'] });
}

export const collections = {
  sources: collection(collectionLayouts.sources),
  targetGroups: collection(collectionLayouts.targetGroups),
  situations: collection(collectionLayouts.situations),
  glossary: collection(collectionLayouts.glossary),
  lexicon: collection(collectionLayouts.lexicon),
  municipalities: collection(collectionLayouts.municipalities),
  wellbeingAreas: collection(collectionLayouts.wellbeingAreas),
  employmentAreas: collection(collectionLayouts.employmentAreas),
  actors: collection(collectionLayouts.actors),
  roles: collection(collectionLayouts.roles),
  services: collection(collectionLayouts.services),
  criteria: collection(collectionLayouts.criteria),
  pathways: collection(collectionLayouts.pathways),
  staircases: collection(collectionLayouts.staircases),
  orientation: collection(collectionLayouts.orientation),
  pages: collection(collectionLayouts.pages),
  referralExamples: collection(collectionLayouts.referralExamples),
};
