/**
 * Referential integrity across collections: every id points at an entry that exists, every
 * municipality sits in exactly one wellbeing area and one employment area, every seed citation
 * stays inside its file, and no entry carries an e-mail address or a phone number.
 */
import type { CollectionName } from '../schemas/collections.ts';
import type { RegionRefs, SourceRef } from '../schemas/shared.ts';
import { fieldPath, type ContentProblem } from './problem.ts';
import type { Located, ValidEntries } from './validate-entries.ts';

const NOUN: Record<CollectionName, string> = {
  sources: 'a source id',
  targetGroups: 'a target group id',
  situations: 'a situation id',
  glossary: 'a glossary id',
  lexicon: 'a lexicon entry id',
  municipalities: 'a municipality code',
  wellbeingAreas: 'a wellbeing area id',
  employmentAreas: 'an employment area id',
  actors: 'an actor id',
  roles: 'a role id',
  services: 'a service id',
  criteria: 'a criteria id',
  pathways: 'a pathway id',
  staircases: 'a staircase id',
  orientation: 'an orientation chapter id',
  pages: 'a page id',
  referralExamples: 'a referral example set id',
};

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const PHONE = /(\+358[\s-]?\d[\d\s-]{5,}\d)|(\b0\d{1,2}[\s-]\d{3}[\s-]?\d{3,4}\b)/;

type Path = readonly PropertyKey[];

class Checker {
  readonly problems: ContentProblem[] = [];
  private readonly levelIds = new Set<string>();
  private readonly all: ValidEntries;

  constructor(all: ValidEntries) {
    this.all = all;
    for (const staircase of all.staircases.values()) for (const level of staircase.data.levels) this.levelIds.add(level.id);
  }

  report(entry: Located<unknown>, path: Path, message: string): void {
    this.problems.push({ file: entry.file, entry: entry.inList ? entry.id : undefined, field: fieldPath(path), message });
  }

  ref(entry: Located<unknown>, path: Path, id: string, target: CollectionName): void {
    if (!this.all[target].has(id)) this.report(entry, path, `"${id}" is not ${NOUN[target]}`);
  }

  refs(entry: Located<unknown>, path: Path, ids: readonly string[], target: CollectionName): void {
    ids.forEach((id, index) => this.ref(entry, [...path, index], id, target));
  }

  level(entry: Located<unknown>, path: Path, ids: readonly string[]): void {
    ids.forEach((id, index) => {
      if (!this.levelIds.has(id)) this.report(entry, [...path, index], `"${id}" is not a staircase level id`);
    });
  }

  regions(entry: Located<unknown>, path: Path, regions: RegionRefs | undefined): void {
    if (regions === undefined) return;
    this.refs(entry, [...path, 'wellbeingAreas'], regions.wellbeingAreas, 'wellbeingAreas');
    this.refs(entry, [...path, 'employmentAreas'], regions.employmentAreas, 'employmentAreas');
    this.refs(entry, [...path, 'municipalities'], regions.municipalities, 'municipalities');
  }

  sources(entry: Located<unknown>, path: Path, sources: readonly SourceRef[] | undefined): void {
    sources?.forEach((ref, index) => this.source(entry, [...path, index], ref));
  }

  /** One citation: the source exists, a seed is cited with lines, and the lines are inside the seed. */
  source(entry: Located<unknown>, path: Path, ref: SourceRef): void {
    if (!('source' in ref)) return;
    const source = this.all.sources.get(ref.source);
    if (source === undefined) {
      this.report(entry, [...path, 'source'], `"${ref.source}" is not ${NOUN.sources}`);
      return;
    }
    if (source.data.kind === 'seed' && ref.lines === undefined) {
      this.report(entry, [...path, 'lines'], `a citation of seed "${ref.source}" needs lines, e.g. "120-135"`);
    }
    const last = Math.max(...(ref.lines ?? '0').split(/[,-]\s*/).map(Number));
    const count = source.data.lineCount;
    if (count !== undefined && last > count) {
      this.report(entry, [...path, 'lines'], `line ${last} is past the end of ${ref.source} (${count} lines)`);
    }
  }

  /** Walks every string of an entry looking for contact details of individuals. */
  personalData(entry: Located<unknown>, value: unknown, path: PropertyKey[] = []): void {
    if (typeof value === 'string') {
      if (EMAIL.test(value)) this.report(entry, path, 'contains an e-mail address; describe the role or organisation instead');
      else if (PHONE.test(value)) this.report(entry, path, 'contains a phone number; describe the role or organisation instead');
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => this.personalData(entry, item, [...path, index]));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) this.personalData(entry, item, [...path, key]);
    }
  }
}

function checkRegions(c: Checker, all: ValidEntries): void {
  const listedIn = new Map<string, Located<unknown>>();
  for (const area of all.employmentAreas.values()) {
    area.data.municipalities.forEach((code, index) => {
      const path = ['municipalities', index];
      const municipality = all.municipalities.get(code);
      if (municipality === undefined) {
        c.report(area, path, `"${code}" is not ${NOUN.municipalities}`);
        return;
      }
      const earlier = listedIn.get(code);
      if (earlier !== undefined) {
        c.report(area, path, `municipality "${code}" (${municipality.data.name}) is in two employment areas: "${earlier.id}" and "${area.id}"`);
        return;
      }
      listedIn.set(code, area);
      if (municipality.data.employmentArea !== area.id) {
        c.report(area, path, `municipality "${code}" (${municipality.data.name}) says its employment area is "${municipality.data.employmentArea}"`);
      }
    });
    const lead = area.data.leadMunicipality;
    if (lead !== null && !area.data.municipalities.includes(lead)) {
      c.report(area, ['leadMunicipality'], `lead municipality "${lead}" is not one of the area's municipalities`);
    }
  }
  const membersOf = new Map<string, number>();
  for (const municipality of all.municipalities.values()) {
    c.ref(municipality, ['wellbeingArea'], municipality.data.wellbeingArea, 'wellbeingAreas');
    c.ref(municipality, ['employmentArea'], municipality.data.employmentArea, 'employmentAreas');
    membersOf.set(municipality.data.wellbeingArea, (membersOf.get(municipality.data.wellbeingArea) ?? 0) + 1);
    if (!listedIn.has(municipality.id) && all.employmentAreas.has(municipality.data.employmentArea)) {
      c.report(municipality, ['employmentArea'], `employment area "${municipality.data.employmentArea}" does not list this municipality`);
    }
  }
  for (const area of all.wellbeingAreas.values()) {
    if (!membersOf.has(area.id)) c.report(area, ['id'], 'no municipality belongs to this wellbeing area');
    c.sources(area, ['sources'], area.data.sources);
  }
  for (const area of all.employmentAreas.values()) c.sources(area, ['sources'], area.data.sources);
}

/** Target groups, situations, glossary and lexicon: their references and sources. */
function checkVocabulary(c: Checker, all: ValidEntries): void {
  for (const item of all.targetGroups.values()) c.sources(item, ['sources'], item.data.sources);
  for (const item of all.situations.values()) c.sources(item, ['sources'], item.data.sources);
  for (const term of all.glossary.values()) {
    c.refs(term, ['related'], term.data.related, 'services');
    c.sources(term, ['sources'], term.data.sources);
  }
  for (const entry of all.lexicon.values()) {
    c.refs(entry, ['situations'], entry.data.situations, 'situations');
    c.refs(entry, ['targetGroups'], entry.data.targetGroups, 'targetGroups');
    c.sources(entry, ['sources'], entry.data.sources);
  }
}

/** Actors and roles: parents, the actors that replaced a past one, regions, the actors a role appears in, figures and sources. */
function checkActorsAndRoles(c: Checker, all: ValidEntries): void {
  for (const actor of all.actors.values()) {
    if (actor.data.parent !== undefined) c.ref(actor, ['parent'], actor.data.parent, 'actors');
    c.refs(actor, ['replacedBy'], actor.data.replacedBy, 'actors');
    c.regions(actor, ['regions'], actor.data.regions);
    actor.data.figures.forEach((figure, index) => c.sources(actor, ['figures', index, 'sources'], figure.sources));
    c.sources(actor, ['sources'], actor.data.sources);
  }
  for (const role of all.roles.values()) {
    c.refs(role, ['actors'], role.data.actors, 'actors');
    c.sources(role, ['sources'], role.data.sources);
  }
}

/** Services: every id they point at (related and replacedBy services too), unique offering ids, offerings' providers and regions, sources. */
function checkServices(c: Checker, all: ValidEntries): void {
  for (const service of all.services.values()) {
    const s = service.data;
    c.refs(service, ['targetGroups'], s.targetGroups, 'targetGroups');
    s.actors.forEach((link, index) => c.ref(service, ['actors', index, 'actor'], link.actor, 'actors'));
    c.refs(service, ['roles'], s.roles, 'roles');
    c.level(service, ['staircaseLevels'], s.staircaseLevels);
    c.refs(service, ['related'], s.related, 'services');
    c.refs(service, ['replacedBy'], s.replacedBy, 'services');
    c.regions(service, ['regions'], s.regions);
    const offeringIds = new Set<string>();
    s.offerings.forEach((offering, index) => {
      if (offeringIds.has(offering.id)) c.report(service, ['offerings', index, 'id'], `duplicate offering id "${offering.id}"`);
      offeringIds.add(offering.id);
      c.ref(service, ['offerings', index, 'provider'], offering.provider, 'actors');
      c.regions(service, ['offerings', index, 'regions'], offering.regions);
      c.sources(service, ['offerings', index, 'sources'], offering.sources);
      offering.figures.forEach((figure, f) => c.sources(service, ['offerings', index, 'figures', f, 'sources'], figure.sources));
    });
    s.figures.forEach((figure, index) => c.sources(service, ['figures', index, 'sources'], figure.sources));
    c.sources(service, ['sources'], s.sources);
  }
}

/** Criteria lists, orientation chapters, page notes and referral examples: unique item ids, situations, services, sources. */
function checkCriteriaAndOrientation(c: Checker, all: ValidEntries): void {
  for (const list of all.criteria.values()) {
    const itemIds = new Set<string>();
    list.data.items.forEach((item, index) => {
      if (itemIds.has(item.id)) c.report(list, ['items', index, 'id'], `duplicate item id "${item.id}"`);
      itemIds.add(item.id);
      c.refs(list, ['items', index, 'situations'], item.situations, 'situations');
      c.refs(list, ['items', index, 'instead'], item.instead, 'services');
      c.sources(list, ['items', index, 'sources'], item.sources);
    });
    c.refs(list, ['appliesTo'], list.data.appliesTo, 'services');
    c.sources(list, ['sources'], list.data.sources);
  }
  for (const chapter of all.orientation.values()) {
    c.refs(chapter, ['criteria'], chapter.data.criteria, 'criteria');
    c.refs(chapter, ['pathways'], chapter.data.pathways, 'pathways');
    c.sources(chapter, ['sources'], chapter.data.sources);
  }
  for (const page of all.pages.values()) {
    page.data.notes.forEach((note, index) => {
      if (note.cite !== undefined) c.source(page, ['notes', index, 'cite', 'ref'], note.cite.ref);
    });
    c.sources(page, ['sources'], page.data.sources);
  }
  for (const set of all.referralExamples.values()) {
    set.data.examples.forEach((example, index) => c.refs(set, ['examples', index, 'accept'], example.accept, 'services'));
  }
}

/** Pathways and staircases: unique step and level ids, transitions inside the pathway, sources. */
function checkPathwaysAndStaircases(c: Checker, all: ValidEntries): void {
  for (const pathway of all.pathways.values()) {
    const stepIds = new Set(pathway.data.steps.map((step) => step.id));
    const seen = new Set<string>();
    pathway.data.steps.forEach((step, index) => {
      const path = ['steps', index];
      if (seen.has(step.id)) c.report(pathway, [...path, 'id'], `duplicate step id "${step.id}"`);
      seen.add(step.id);
      c.refs(pathway, [...path, 'roles'], step.roles, 'roles');
      c.refs(pathway, [...path, 'actors'], step.actors, 'actors');
      c.refs(pathway, [...path, 'services'], step.services, 'services');
      step.next?.forEach((next, n) => {
        if (!stepIds.has(next.to)) c.report(pathway, [...path, 'next', n], `"${next.to}" is not a step id of this pathway`);
      });
    });
    c.refs(pathway, ['services'], pathway.data.services, 'services');
    c.sources(pathway, ['sources'], pathway.data.sources);
  }
  const levelOwner = new Map<string, string>();
  for (const staircase of all.staircases.values()) {
    staircase.data.levels.forEach((level, index) => {
      const owner = levelOwner.get(level.id);
      if (owner !== undefined) c.report(staircase, ['levels', index, 'id'], `level id "${level.id}" is already used in staircase "${owner}"`);
      levelOwner.set(level.id, staircase.id);
      c.sources(staircase, ['levels', index, 'sources'], level.sources);
    });
    c.sources(staircase, ['sources'], staircase.data.sources);
  }
}

/** Every reference and source of the catalogue, collection by collection. */
function checkCatalogue(c: Checker, all: ValidEntries): void {
  checkVocabulary(c, all);
  checkActorsAndRoles(c, all);
  checkServices(c, all);
  checkCriteriaAndOrientation(c, all);
  checkPathwaysAndStaircases(c, all);
}

/** All cross-entry problems of a validated content set. */
export function checkIntegrity(all: ValidEntries): ContentProblem[] {
  const checker = new Checker(all);
  checkRegions(checker, all);
  checkCatalogue(checker, all);
  for (const collection of Object.values(all)) {
    for (const entry of (collection as Map<string, Located<unknown>>).values()) checker.personalData(entry, entry.data);
  }
  return checker.problems;
}
