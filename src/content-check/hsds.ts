/**
 * Validates the HSDS export against the HSDS 3.0 JSON schemas (copies in ./hsds-3.0/, draft
 * 2020-12) with Ajv. Node only: the unit tests and the build (src/data/open-data.ts, for the
 * verdict on /data/) call it; nothing here reaches the browser.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import accessibility from './hsds-3.0/accessibility.json' with { type: 'json' };
import address from './hsds-3.0/address.json' with { type: 'json' };
import attribute from './hsds-3.0/attribute.json' with { type: 'json' };
import contact from './hsds-3.0/contact.json' with { type: 'json' };
import costOption from './hsds-3.0/cost_option.json' with { type: 'json' };
import funding from './hsds-3.0/funding.json' with { type: 'json' };
import language from './hsds-3.0/language.json' with { type: 'json' };
import location from './hsds-3.0/location.json' with { type: 'json' };
import metadata from './hsds-3.0/metadata.json' with { type: 'json' };
import organization from './hsds-3.0/organization.json' with { type: 'json' };
import organizationIdentifier from './hsds-3.0/organization_identifier.json' with { type: 'json' };
import phone from './hsds-3.0/phone.json' with { type: 'json' };
import program from './hsds-3.0/program.json' with { type: 'json' };
import requiredDocument from './hsds-3.0/required_document.json' with { type: 'json' };
import schedule from './hsds-3.0/schedule.json' with { type: 'json' };
import service from './hsds-3.0/service.json' with { type: 'json' };
import serviceArea from './hsds-3.0/service_area.json' with { type: 'json' };
import serviceAtLocation from './hsds-3.0/service_at_location.json' with { type: 'json' };
import taxonomy from './hsds-3.0/taxonomy.json' with { type: 'json' };
import taxonomyTerm from './hsds-3.0/taxonomy_term.json' with { type: 'json' };

/** The table schemas by the file name their `$ref`s use. */
const SCHEMAS: Record<string, object> = {
  'accessibility.json': accessibility,
  'address.json': address,
  'attribute.json': attribute,
  'contact.json': contact,
  'cost_option.json': costOption,
  'funding.json': funding,
  'language.json': language,
  'location.json': location,
  'metadata.json': metadata,
  'organization.json': organization,
  'organization_identifier.json': organizationIdentifier,
  'phone.json': phone,
  'program.json': program,
  'required_document.json': requiredDocument,
  'schedule.json': schedule,
  'service.json': service,
  'service_area.json': serviceArea,
  'service_at_location.json': serviceAtLocation,
  'taxonomy.json': taxonomy,
  'taxonomy_term.json': taxonomyTerm,
};

/** The tables an export file holds, and the schema each object must satisfy. */
export const HSDS_FILES = {
  services: 'service.json',
  organizations: 'organization.json',
  taxonomies: 'taxonomy.json',
  taxonomyTerms: 'taxonomy_term.json',
} as const;
export type HsdsFile = keyof typeof HSDS_FILES;

/** The formats the HSDS schemas use, checked strictly (Ajv knows none of them by itself). */
const FORMATS: Record<string, (value: string) => boolean> = {
  uuid: (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
  uri: (value) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(value) && URL.canParse(value),
  email: (value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
  'date-time': (value) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(value) && !Number.isNaN(Date.parse(value)),
  date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)),
};

/** One object that failed, with the first message Ajv gives for each failing place. */
export interface HsdsProblem {
  file: HsdsFile;
  id: string;
  /** JSON pointer inside the object, e.g. `/service_areas/0/uri`. */
  path: string;
  message: string;
}

export interface HsdsValidation {
  /** Objects checked, by file. */
  counts: Record<HsdsFile, number>;
  problems: HsdsProblem[];
}

/** A fresh validator with every table schema registered under its file name. */
function createAjv(): Ajv2020 {
  // strict: false, because the HSDS schemas carry Frictionless Data keywords (name, path,
  // constraints, core, example, datapackage_*) that JSON Schema does not define.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  for (const [name, check] of Object.entries(FORMATS)) ajv.addFormat(name, check);
  for (const [name, schema] of Object.entries(SCHEMAS)) ajv.addSchema(schema, name);
  return ajv;
}

let shared: Ajv2020 | undefined;

/** Checks every object of every file against its HSDS 3.0 schema. */
export function validateHsds(files: Record<HsdsFile, readonly unknown[]>): HsdsValidation {
  shared ??= createAjv();
  const ajv = shared;
  const problems: HsdsProblem[] = [];
  const counts = {} as Record<HsdsFile, number>;
  for (const file of Object.keys(HSDS_FILES) as HsdsFile[]) {
    const validate = ajv.getSchema(HSDS_FILES[file]);
    if (validate === undefined) throw new Error(`HSDS schema ${HSDS_FILES[file]} is not registered`);
    const objects = files[file];
    counts[file] = objects.length;
    for (const object of objects) {
      if (validate(object)) continue;
      const id = typeof object === 'object' && object !== null && 'id' in object ? String(object.id) : '?';
      for (const error of validate.errors ?? []) {
        problems.push({ file, id, path: error.instancePath, message: `${error.message ?? 'is invalid'}${error.params && 'allowedValues' in error.params ? ` (${String(error.params['allowedValues'])})` : ''}` });
      }
    }
  }
  return { counts, problems };
}
