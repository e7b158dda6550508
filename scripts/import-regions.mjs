#!/usr/bin/env node
/**
 * One-off import of the verified regional dataset (../shared/data/regions) into the project's own
 * content/regions/*.yaml and public/data/municipalities.topo.json. The build never reads
 * ../shared; run this again only when the dataset there changes:
 *   node scripts/import-regions.mjs ../shared/data/regions
 * Confidence marks from its SOURCES.md are carried into the YAML (confirmed / inferred).
 */
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

const from = process.argv[2] ?? '../shared/data/regions';

/** Minimal CSV reader: the dataset has no quoted fields (checked below). */
function readCsv(name) {
  const [header, ...rows] = readFileSync(join(from, name), 'utf8').trim().split('\n');
  const keys = header.split(',');
  return rows.map((row) => {
    if (row.includes('"')) throw new Error(`${name}: quoted CSV fields are not supported: ${row}`);
    const cells = row.split(',');
    // The last column of employment-areas.csv (statfi_code) follows a URL that has no commas.
    return Object.fromEntries(keys.map((key, index) => [key, cells[index] ?? '']));
  });
}

// SOURCES.md: brand names stated by a source read are confirmed; the rest inferred.
const CONFIRMED_SHORT_NAMES = new Set(['Varha', 'Eloisa', 'Keusote', 'Eksote']);
// SOURCES.md "Doubts 2": ten lead municipalities are inferred.
const INFERRED_LEADS = new Set([
  'hanko-inkoo-raasepori', 'keski-savo', 'kuopio', 'lantinen-pirkanmaa', 'lohja-karkkila',
  'pietarsaaren-seutu', 'rovaseutu', 'tyohame', 'tyolakeus', 'yla-savo',
]);
const MODEL = { vastuukunta: 'vastuukunta', 'single municipality': 'single-municipality', 'kuntayhtymä': 'kuntayhtyma' };
const HUS_NOTE = 'HUS-yhtymä järjestää erikoissairaanhoidon koko Uudellamaalla.';
const HELSINKI_NOTE = 'Ei hyvinvointialue: Helsingin kaupunki järjestää itse sosiaali- ja terveyspalvelut sekä pelastustoimen. ' + HUS_NOTE;

const classification = { source: 'statfi-classification-2025' };

const municipalities = readCsv('municipalities.csv').map((row) => ({
  code: row.code,
  name: row.name_fi,
  nameSv: row.name_sv,
  region: row.region_fi,
  wellbeingArea: row.wellbeing_area_id,
  employmentArea: row.employment_area_id,
}));

const wellbeingAreas = readCsv('wellbeing-areas.csv').map((row) => {
  /** @type {Record<string, unknown>} */
  const area = {
    id: row.id,
    code: row.code,
    codeConfidence: 'inferred',
    name: row.name_fi,
    nameSv: row.name_sv,
  };
  if (row.short_name) {
    area.shortName = row.short_name;
    area.shortNameConfidence = CONFIRMED_SHORT_NAMES.has(row.short_name) ? 'confirmed' : 'inferred';
  }
  if (row.note) {
    area.note = row.id === 'helsinki' ? HELSINKI_NOTE : HUS_NOTE;
    // Confirmed for Keski-Uusimaa by its own pages; applied to the other Uusimaa areas by inference.
    area.noteConfidence = row.id === 'keski-uusimaa' ? 'confirmed' : 'inferred';
  }
  area.sources = [classification, { source: 'regions-dataset-notes' }];
  return area;
});

// The dataset gives no date for its web pages; this is the day the project imported it and checked
// its links, which is what a reader needs to judge how current the page was.
const DATASET_LINKS_READ = '2026-11-22';

const employmentAreas = readCsv('employment-areas.csv').map((row) => {
  const model = MODEL[row.model];
  if (!model) throw new Error(`unknown model ${row.model}`);
  const lead = row.lead_municipality_code || null;
  return {
    id: row.id,
    statfiCode: Number(row.statfi_code),
    name: row.name_fi,
    nameSv: row.name_sv,
    model,
    leadMunicipality: lead,
    leadConfidence: lead === null ? null : INFERRED_LEADS.has(row.id) ? 'inferred' : 'confirmed',
    municipalities: row.municipality_codes.split(' '),
    sourceUrl: row.source_url,
    sources: [classification, { url: row.source_url, read: DATASET_LINKS_READ }],
  };
});

const header = (what) =>
  `# ${what}\n# Imported by scripts/import-regions.mjs from the verified regional dataset; see content/sources.yaml\n# (statfi-classification-2025, regions-dataset-notes). Edit the dataset and re-import rather than editing here.\n`;
const out = join('content', 'regions');
mkdirSync(out, { recursive: true });
const yaml = (value) => stringify(value, { aliasDuplicateObjects: false, lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
writeFileSync(join(out, 'municipalities.yaml'), header('Mainland municipalities 2025 (292)') + yaml(municipalities));
writeFileSync(join(out, 'wellbeing-areas.yaml'), header('Wellbeing areas (21 + Helsinki)') + yaml(wellbeingAreas));
writeFileSync(join(out, 'employment-areas.yaml'), header('Employment areas since 1.1.2025 (45)') + yaml(employmentAreas));
mkdirSync(join('public', 'data'), { recursive: true });
copyFileSync(join(from, 'municipalities.topo.json'), join('public', 'data', 'municipalities.topo.json'));
chmodSync(join('public', 'data', 'municipalities.topo.json'), 0o644);
// The dataset's own account of sources, confidence and doubts travels with it.
copyFileSync(join(from, 'SOURCES.md'), join(out, 'SOURCES.md'));
copyFileSync(join(from, 'aland-municipalities.md'), join(out, 'aland-municipalities.md'));
chmodSync(join(out, 'SOURCES.md'), 0o644);
chmodSync(join(out, 'aland-municipalities.md'), 0o644);
console.log(`imported ${municipalities.length} municipalities, ${wellbeingAreas.length} wellbeing areas, ${employmentAreas.length} employment areas`);
