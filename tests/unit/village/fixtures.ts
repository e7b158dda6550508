/** A small village catalogue shared by the village tests. */
import type { VillageActor, VillageArea, VillageCatalog, VillageScope, VillageService } from '@/lib/village/graph';
import type { RegionRefs } from '@/schemas/shared';

export const national: RegionRefs = { national: true, wellbeingAreas: [], employmentAreas: [], municipalities: [] };
export const refs = (r: Partial<Omit<RegionRefs, 'national'>>): RegionRefs => ({
  national: false,
  wellbeingAreas: [],
  employmentAreas: [],
  municipalities: [],
  ...r,
});

export const area: VillageArea = {
  id: 'pohjois-karjala',
  name: 'Pohjois-Karjalan hyvinvointialue',
  municipalities: ['167', '309'],
  employmentAreas: [{ id: 'joensuun-seutu', name: 'Joensuun seudun työllisyysalue' }],
};
export const inArea: VillageScope = { kind: 'wellbeing-area', area };
export const everywhere: VillageScope = { kind: 'national' };

export const actor = (id: string, kind: VillageActor['kind'], scope: VillageActor['scope'], regions?: RegionRefs): VillageActor => ({
  id,
  name: id.toUpperCase(),
  kind,
  scope,
  regions,
  description: '',
});
export const service = (id: string, fields: Partial<VillageService>): VillageService => ({
  id,
  name: id,
  kind: 'service',
  summary: '',
  targetGroups: [],
  actors: [],
  regions: national,
  offerings: [],
  ...fields,
});

export const catalog: VillageCatalog = {
  actors: [
    actor('kela', 'kela', 'national'),
    actor('sote-keskus', 'sote', 'every-wellbeing-area'),
    actor('siun-sote', 'sote', 'regional', refs({ wellbeingAreas: ['pohjois-karjala'] })),
    actor('varha', 'sote', 'regional', refs({ wellbeingAreas: ['varsinais-suomi'] })),
    actor('joensuu-tyo', 'employment', 'regional', refs({ employmentAreas: ['joensuun-seutu'] })),
    actor('ilomantsi-ry', 'ngo', 'regional', refs({ municipalities: ['146'] })),
  ],
  services: [
    service('tiimi', {
      targetGroups: ['osatyokykyiset'],
      regions: refs({ wellbeingAreas: ['pohjois-karjala'] }),
      actors: [
        { actor: 'siun-sote', role: 'organiser' },
        { actor: 'kela', role: 'partner' },
        { actor: 'joensuu-tyo', role: 'referrer' },
      ],
      referral: { whoRefers: [], selfReferral: true },
    }),
    service('konsultaatio', {
      regions: refs({ wellbeingAreas: ['varsinais-suomi'] }),
      actors: [{ actor: 'varha', role: 'organiser' }],
    }),
    service('ammatillinen-kuntoutus', {
      targetGroups: ['osatyokykyiset', 'nuoret'],
      actors: [{ actor: 'kela', role: 'organiser' }],
      offerings: [{ provider: 'siun-sote', regions: refs({ municipalities: ['167'] }) }],
    }),
    service('ilman-toimijaa', {}),
  ],
  pathways: [
    {
      id: 'polku',
      title: 'Polku',
      steps: [
        { id: 'a', actors: ['sote-keskus'] },
        { id: 'b', actors: ['siun-sote', 'kela'], next: [{ to: 'a' }, { to: 'c' }] },
        { id: 'c', actors: ['varha'] },
      ],
    },
  ],
};
