/** The slice of the catalogue and regional tables the mökkikylä island needs, computed at build time. */
import { encodeMunicipalities } from '@/lib/regions/municipality-options';
import type { VillageArea, VillageInput } from '@/lib/village/graph';
import { villageAreas } from '@/lib/village/regions';
import { getCatalog } from './catalog';
import { getRegions } from './regions';

/**
 * The island's input: VillageInput, but the areas' municipalities travel once, as the compact
 * municipality list (src/lib/regions/municipality-options.ts), and the island puts them back.
 */
export interface VillageIslandInput extends Omit<VillageInput, 'areas'> {
  areas: Omit<VillageArea, 'municipalities'>[];
  /** Every municipality, encoded by encodeMunicipalities. */
  municipalities: string;
}

export async function getVillageInput(): Promise<VillageIslandInput> {
  const [catalog, regions] = await Promise.all([getCatalog(), getRegions()]);
  return {
    catalog: {
      actors: catalog.actors.map((actor) => ({
        id: actor.id,
        name: actor.name,
        shortName: actor.shortName,
        kind: actor.kind,
        scope: actor.scope,
        regions: actor.regions,
        description: actor.description,
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
    },
    areas: villageAreas(regions).map(({ municipalities: _, ...area }) => area),
    municipalities: encodeMunicipalities(
      regions.municipalities.map((m) => ({ code: m.code, name: m.name, wellbeingArea: m.wellbeingArea, employmentArea: m.employmentArea })),
    ),
    targetGroups: catalog.targetGroups.map((group) => ({ id: group.id, name: group.name })),
  };
}
