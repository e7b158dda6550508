/**
 * What the mökkikylä needs, computed at build time: the island's lean props (regions, target
 * groups, the national village's cottages by name) and, per region, the slice of the catalogue its
 * village is built from (served as JSON under /data/mokkikyla/, fetched by the island).
 */
import { encodeMunicipalities } from '@/lib/regions/municipality-options';
import {
  buildVillage,
  villageSlice,
  type Neighbourhood,
  type VillageArea,
  type VillageCatalog,
  type VillageInput,
  type VillageScope,
} from '@/lib/village/graph';
import { NATIONAL_KEY } from '@/lib/village/url-state';
import { villageAreas } from '@/lib/village/regions';
import type { ActorKind } from '@/schemas/actor';
import { getCatalog } from './catalog';
import { getRegions } from './regions';

/** A cottage of the national village as the page draws it before any data is fetched. */
export interface VillageResident {
  id: string;
  name: string;
  kind: ActorKind;
  neighbourhood: Neighbourhood;
}

/**
 * The island's props: no catalogue. The areas' municipalities travel once, as the compact
 * municipality list (src/lib/regions/municipality-options.ts), and the island puts them back.
 */
export interface VillageIslandInput extends Omit<VillageInput, 'areas' | 'catalog'> {
  areas: Omit<VillageArea, 'municipalities'>[];
  /** Every municipality, encoded by encodeMunicipalities. */
  municipalities: string;
  /** The national village's cottages (default view), for the first picture and the list without JavaScript. */
  residents: VillageResident[];
}

async function villageCatalog(): Promise<VillageCatalog> {
  const catalog = await getCatalog();
  return {
    actors: catalog.actors.map((actor) => ({
      id: actor.id,
      name: actor.name,
      shortName: actor.shortName,
      kind: actor.kind,
      scope: actor.scope,
      regions: actor.regions,
      description: actor.description,
      historical: actor.historical,
    })),
    services: catalog.services.map((service) => ({
      id: service.id,
      name: service.name,
      kind: service.kind,
      summary: service.summary,
      targetGroups: service.targetGroups,
      actors: service.actors.map((link) => ({ actor: link.actor, role: link.role })),
      referral:
        service.referral === undefined
          ? undefined
          : {
              whoRefers: service.referral.whoRefers,
              consent: service.referral.consent,
              form: service.referral.form,
              selfReferral: service.referral.selfReferral,
            },
      regions: service.regions,
      offerings: service.offerings.map((offering) => ({ provider: offering.provider, regions: offering.regions })),
    })),
    pathways: catalog.pathways.map((pathway) => ({
      id: pathway.id,
      title: pathway.title,
      steps: pathway.steps.map((step) => ({
        id: step.id,
        actors: step.actors,
        next: step.next?.map((next) => ({ to: next.to })),
      })),
    })),
  };
}

export async function getVillageInput(): Promise<VillageIslandInput> {
  const [catalog, full, regions] = await Promise.all([getCatalog(), villageCatalog(), getRegions()]);
  const national = buildVillage(full, { kind: 'national' });
  return {
    areas: villageAreas(regions).map(({ municipalities: _, ...area }) => area),
    municipalities: encodeMunicipalities(
      regions.municipalities.map((m) => ({ code: m.code, name: m.name, wellbeingArea: m.wellbeingArea, employmentArea: m.employmentArea })),
    ),
    targetGroups: catalog.targetGroups.map((group) => ({ id: group.id, name: group.name })),
    residents: national.cottages.map((cottage) => ({ id: cottage.actorId, name: cottage.name, kind: cottage.actorKind, neighbourhood: cottage.neighbourhood })),
  };
}

/** Every village's data file: the national one and one per wellbeing area, keyed as in the URL. */
export async function getVillageSlices(): Promise<{ key: string; slice: VillageCatalog }[]> {
  const [full, regions] = await Promise.all([villageCatalog(), getRegions()]);
  const scopes: { key: string; scope: VillageScope }[] = [
    { key: NATIONAL_KEY, scope: { kind: 'national' } },
    ...villageAreas(regions).map((area) => ({ key: area.id, scope: { kind: 'wellbeing-area' as const, area } })),
  ];
  return scopes.map(({ key, scope }) => ({ key, slice: villageSlice(full, scope) }));
}
