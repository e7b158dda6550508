/**
 * The mökkikylä as a graph: every actor a cottage holding its services, grouped in neighbourhoods,
 * the client at the village square, and edges for referral and cooperation. Everything is derived
 * from the catalogue (services' actors and offerings, pathway steps); nothing is placed by hand.
 *
 * Pure and serialisable: the page computes the input at build time, the island recomputes the
 * village of the chosen wellbeing area in the browser with these same functions.
 */
import type { ActorHistory, ActorKind, ActorRole, ActorScope } from '../../schemas/enums.ts';
import { resolveNext } from '../pathways/transitions.ts';
import type { RegionRefs } from '../../schemas/shared.ts';

/** Neighbourhoods of the village, in drawing order (layout.ts places them around the square). */
export const neighbourhoods = ['sote', 'employment', 'kela-pension', 'national', 'education', 'private', 'ngo'] as const;
export type Neighbourhood = (typeof neighbourhoods)[number];

const neighbourhoodOfKind: Record<ActorKind, Neighbourhood> = {
  sote: 'sote',
  employment: 'employment',
  kela: 'kela-pension',
  pension: 'kela-pension',
  ngo: 'ngo',
  education: 'education',
  private: 'private',
  employer: 'private',
  national: 'national',
};

/** The neighbourhood an actor of this kind lives in. */
export function neighbourhoodOf(kind: ActorKind): Neighbourhood {
  return neighbourhoodOfKind[kind];
}

// ---------------------------------------------------------------------------------------------
// Input: the slice of the catalogue the village needs (built at build time, sent to the island).

export type { ActorRole, ActorScope };

export interface VillageActor {
  id: string;
  name: string;
  shortName?: string | undefined;
  kind: ActorKind;
  scope: ActorScope;
  regions?: RegionRefs | undefined;
  description: string;
  /** Set for actors of the past (abolished, or planned and never established). */
  historical?: ActorHistory | undefined;
}

export interface VillageReferral {
  whoRefers: string[];
  consent?: string | undefined;
  form?: string | undefined;
  selfReferral?: boolean | undefined;
}

export interface VillageService {
  id: string;
  name: string;
  kind: string;
  summary: string;
  targetGroups: string[];
  actors: { actor: string; role: ActorRole }[];
  referral?: VillageReferral | undefined;
  regions: RegionRefs;
  offerings: { provider: string; regions: RegionRefs }[];
}

export interface VillagePathway {
  id: string;
  title: string;
  steps: { id: string; actors: string[]; next?: { to: string }[] | undefined }[];
}

/** A wellbeing area with its municipalities and the employment areas it shares municipalities with. */
export interface VillageArea {
  id: string;
  name: string;
  municipalities: string[];
  employmentAreas: { id: string; name: string }[];
}

export interface VillageCatalog {
  actors: VillageActor[];
  services: VillageService[];
  pathways: VillagePathway[];
}

/** Everything the mökkikylä island gets, computed at build time. */
export interface VillageInput {
  catalog: VillageCatalog;
  areas: VillageArea[];
  targetGroups: { id: string; name: string }[];
}

/** Whose village: the whole country, or one wellbeing area with its partner employment areas. */
export type VillageScope = { kind: 'national' } | { kind: 'wellbeing-area'; area: VillageArea };

// ---------------------------------------------------------------------------------------------
// Output.

export interface ServiceChip {
  id: string;
  name: string;
  targetGroups: string[];
}

export interface CottageNode {
  kind: 'cottage';
  id: string;
  actorId: string;
  name: string;
  actorKind: ActorKind;
  neighbourhood: Neighbourhood;
  scope: ActorScope;
  services: ServiceChip[];
  historical?: ActorHistory | undefined;
}

export interface SquareNode {
  kind: 'square';
  id: typeof CLIENT_ID;
}

export type VillageNode = CottageNode | SquareNode;

/**
 * referral: the source refers clients to the target (a referrer to a service's host, or one pathway
 * step to the next); cooperation: both work on one service (partners, a team, organiser and
 * producer); self-referral: the client can come to the target on their own.
 */
export type EdgeKind = 'referral' | 'cooperation' | 'self-referral';

export interface VillageEdge {
  id: string;
  kind: EdgeKind;
  source: string;
  target: string;
  /** Service ids the link comes from. */
  services: string[];
  /** Pathway ids the link comes from. */
  pathways: string[];
}

export interface VillageGraph {
  cottages: CottageNode[];
  square: SquareNode;
  edges: VillageEdge[];
  /** Services of the village that name no actor present in it. */
  unplaced: ServiceChip[];
}

export const CLIENT_ID = 'client';

/** Node id of an actor's cottage. */
export const cottageId = (actorId: string): string => `actor:${actorId}`;

// ---------------------------------------------------------------------------------------------

/** Whether something that applies to `refs` belongs to the village of `scope`. */
export function appliesIn(refs: RegionRefs | undefined, scope: VillageScope): boolean {
  if (scope.kind === 'national') return true;
  if (refs === undefined) return false;
  if (refs.national) return true;
  const { area } = scope;
  return (
    refs.wellbeingAreas.includes(area.id) ||
    refs.employmentAreas.some((id) => area.employmentAreas.some((partner) => partner.id === id)) ||
    refs.municipalities.some((code) => area.municipalities.includes(code))
  );
}

export interface VillageOptions {
  /** Also the actors of the past (the TE offices, the OTE-era maakunta); left out by default. */
  historical?: boolean;
}

/**
 * Actors who may live in the village: national ones and organisation types everywhere, regional
 * ones where they work; actors of the past only on request.
 */
export function villageActors<A extends VillageActor>(actors: readonly A[], scope: VillageScope, options: VillageOptions = {}): A[] {
  return actors.filter(
    (actor) => (options.historical === true || actor.historical === undefined) && (actor.scope !== 'regional' || appliesIn(actor.regions, scope)),
  );
}

const HOST_ROLES: readonly ActorRole[] = ['organiser', 'producer'];

/** Actors that hold the service in this village: organisers, producers and matching offerings' providers. */
function hostsOf(service: VillageService, scope: VillageScope, present: ReadonlySet<string>): string[] {
  const hosts = new Set<string>();
  if (appliesIn(service.regions, scope)) {
    for (const link of service.actors) if (HOST_ROLES.includes(link.role)) hosts.add(link.actor);
  }
  for (const offering of service.offerings) if (appliesIn(offering.regions, scope)) hosts.add(offering.provider);
  // A service that names only referrers or partners lives with the first of them.
  if (hosts.size === 0 && appliesIn(service.regions, scope)) {
    const first = service.actors.find((link) => present.has(link.actor));
    if (first !== undefined) hosts.add(first.actor);
  }
  return [...hosts].filter((id) => present.has(id));
}

/** Whether the service is offered in the village at all (regardless of who holds it). */
function serviceInVillage(service: VillageService, scope: VillageScope): boolean {
  return appliesIn(service.regions, scope) || service.offerings.some((offering) => appliesIn(offering.regions, scope));
}

/**
 * Collators made once: String#localeCompare with a locale builds one on every call, which made
 * sorting a national village's thousands of services a visible part of its first view. Same order.
 */
export const compareFinnish = new Intl.Collator('fi').compare;
/** The order of `a.localeCompare(b)`: the default locale's. */
export const compareDefault = new Intl.Collator().compare;

const byName = (a: { name: string; id: string }, b: { name: string; id: string }): number =>
  compareFinnish(a.name, b.name) || compareDefault(a.id, b.id);

/**
 * Builds the village of `scope`: cottages sorted by neighbourhood and name, edges merged per pair.
 * A wellbeing area's village keeps the national actors that serve it (hold one of its services or
 * have a road in it), not every national agency.
 */
export function buildVillage(catalog: VillageCatalog, scope: VillageScope, options: VillageOptions = {}): VillageGraph {
  const actors = villageActors(catalog.actors, scope, options);
  const present = new Set(actors.map((actor) => actor.id));
  const chipsOf = new Map<string, ServiceChip[]>();
  const edges = new Map<string, VillageEdge>();
  const unplaced: ServiceChip[] = [];

  const link = (kind: EdgeKind, from: string, to: string, origin: { service?: string; pathway?: string }): void => {
    if (from === to) return;
    // Cooperation has no direction: one edge per pair, ids in order.
    const [source, target] = kind === 'cooperation' && to < from ? [to, from] : [from, to];
    const sourceId = source === CLIENT_ID ? CLIENT_ID : cottageId(source);
    const targetId = cottageId(target);
    const id = `${kind}:${sourceId}->${targetId}`;
    const edge = edges.get(id) ?? { id, kind, source: sourceId, target: targetId, services: [], pathways: [] };
    if (origin.service !== undefined && !edge.services.includes(origin.service)) edge.services.push(origin.service);
    if (origin.pathway !== undefined && !edge.pathways.includes(origin.pathway)) edge.pathways.push(origin.pathway);
    edges.set(id, edge);
  };

  for (const service of catalog.services) {
    if (!serviceInVillage(service, scope)) continue;
    const chip: ServiceChip = { id: service.id, name: service.name, targetGroups: [...service.targetGroups] };
    const hosts = hostsOf(service, scope, present);
    if (hosts.length === 0) {
      unplaced.push(chip);
      continue;
    }
    for (const host of hosts) {
      const chips = chipsOf.get(host);
      if (chips === undefined) chipsOf.set(host, [chip]);
      else chips.push(chip);
    }
    const origin = { service: service.id };
    const named = service.actors.filter((entry) => present.has(entry.actor));
    for (const entry of named) {
      for (const host of hosts) {
        if (entry.role === 'referrer') link('referral', entry.actor, host, origin);
        else link('cooperation', entry.actor, host, origin);
      }
    }
    if (service.referral?.selfReferral === true) for (const host of hosts) link('self-referral', CLIENT_ID, host, origin);
  }

  for (const pathway of catalog.pathways) {
    const origin = { pathway: pathway.id };
    const transitions = resolveNext(pathway.steps);
    for (const step of pathway.steps) {
      const here = step.actors.filter((id) => present.has(id));
      for (const a of here) for (const b of here) if (a < b) link('cooperation', a, b, origin);
      for (const { to } of transitions.get(step.id) ?? []) {
        const next = pathway.steps.find((candidate) => candidate.id === to);
        for (const a of here) for (const b of next?.actors ?? []) if (present.has(b)) link('referral', a, b, origin);
      }
    }
  }

  const linked = new Set([...edges.values()].flatMap((edge) => [edge.source, edge.target]));
  const serves = (actor: VillageActor) =>
    scope.kind === 'national' || actor.scope !== 'national' || chipsOf.has(actor.id) || linked.has(cottageId(actor.id));
  const cottages = actors
    .filter(serves)
    .map((actor): CottageNode => ({
      kind: 'cottage',
      id: cottageId(actor.id),
      actorId: actor.id,
      name: actor.shortName ?? actor.name,
      actorKind: actor.kind,
      neighbourhood: neighbourhoodOf(actor.kind),
      scope: actor.scope,
      services: (chipsOf.get(actor.id) ?? []).sort(byName),
      ...(actor.historical === undefined ? {} : { historical: actor.historical }),
    }))
    .sort((a, b) => neighbourhoods.indexOf(a.neighbourhood) - neighbourhoods.indexOf(b.neighbourhood) || byName(a, b));

  const edgeList = [...edges.values()]
    .map((edge) => ({ ...edge, services: edge.services.sort(), pathways: edge.pathways.sort() }))
    .sort((a, b) => compareDefault(a.id, b.id));
  return { cottages, square: { kind: 'square', id: CLIENT_ID }, edges: edgeList, unplaced: unplaced.sort(byName) };
}

/** The links of one cottage, for the details panel and the list view: whom it refers to, who refers to it, partners. */
export function linksOf(
  graph: VillageGraph,
  nodeId: string,
): { refersTo: VillageEdge[]; referredFrom: VillageEdge[]; cooperates: VillageEdge[]; clientComes: boolean } {
  const touching = graph.edges.filter((edge) => edge.source === nodeId || edge.target === nodeId);
  return {
    refersTo: touching.filter((edge) => edge.kind === 'referral' && edge.source === nodeId),
    referredFrom: touching.filter((edge) => edge.kind === 'referral' && edge.target === nodeId),
    cooperates: touching.filter((edge) => edge.kind === 'cooperation'),
    clientComes: touching.some((edge) => edge.kind === 'self-referral'),
  };
}

/** The other end of an edge seen from `nodeId`. */
export function otherEnd(edge: VillageEdge, nodeId: string): string {
  return edge.source === nodeId ? edge.target : edge.source;
}

/** What the map is focused on: a cottage (node id) or a service (id). */
export type RoadFocus = { kind: 'actor'; nodeId: string } | { kind: 'service'; id: string } | null;

/**
 * The roads the map draws. Every road at once would cover the village in lines; so the first view
 * draws the client's own roads (self-referral, from the square), a chosen cottage or service adds
 * all of its roads, and "all roads" draws every one. `focused` marks the roads of the focus.
 * The list view and the details panel still name every link.
 */
export function roadsToShow(
  graph: VillageGraph,
  focus: RoadFocus,
  allCooperation: boolean,
): { edge: VillageEdge; focused: boolean }[] {
  const touches = (edge: VillageEdge): boolean =>
    focus !== null &&
    (focus.kind === 'actor' ? edge.source === focus.nodeId || edge.target === focus.nodeId : edge.services.includes(focus.id));
  return graph.edges
    .map((edge) => ({ edge, focused: touches(edge) }))
    .filter(({ edge, focused }) => edge.kind === 'self-referral' || allCooperation || focused);
}

/** Chip ids of the village that serve the target group (for highlighting); empty group → none highlighted. */
export function servicesForGroup(graph: VillageGraph, groupId: string | undefined): Set<string> {
  const ids = new Set<string>();
  if (groupId === undefined) return ids;
  for (const chip of [...graph.cottages.flatMap((cottage) => cottage.services), ...graph.unplaced]) {
    if (chip.targetGroups.includes(groupId)) ids.add(chip.id);
  }
  return ids;
}

/** Ids of the services the village holds (on cottages or unplaced). */
export function villageServiceIds(graph: VillageGraph): Set<string> {
  return new Set([...graph.cottages.flatMap((cottage) => cottage.services.map((chip) => chip.id)), ...graph.unplaced.map((chip) => chip.id)]);
}

/** Whether an actor or a service is part of the village (a choice made in another village may not be). */
export function inVillage(graph: VillageGraph, item: { kind: 'actor' | 'service'; id: string }): boolean {
  return item.kind === 'actor'
    ? graph.cottages.some((cottage) => cottage.actorId === item.id)
    : villageServiceIds(graph).has(item.id);
}

/** Cottages per neighbourhood, in ring order (neighbourhoods without cottages too). */
export function neighbourhoodCounts(graph: Pick<VillageGraph, 'cottages'>): { id: Neighbourhood; count: number }[] {
  return neighbourhoods.map((id) => ({ id, count: graph.cottages.filter((cottage) => cottage.neighbourhood === id).length }));
}

/**
 * The part of the catalogue that the village of `scope` is built from (with the actors of the past,
 * so the island can show them on request): written at build time as one small JSON file per
 * region, so the page itself carries no catalogue.
 */
export function villageSlice(catalog: VillageCatalog, scope: VillageScope): VillageCatalog {
  const services = catalog.services.filter((service) => serviceInVillage(service, scope));
  const named = new Set(services.flatMap((service) => [...service.actors.map((link) => link.actor), ...service.offerings.map((o) => o.provider)]));
  const resident = new Set(villageActors(catalog.actors, scope, { historical: true }).map((actor) => actor.id));
  const actors = catalog.actors.filter((actor) => resident.has(actor.id) || named.has(actor.id));
  const pathways = catalog.pathways.filter((pathway) => pathway.steps.some((step) => step.actors.some((id) => resident.has(id))));
  return { actors, services, pathways };
}
