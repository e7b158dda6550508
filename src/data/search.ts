/** Build-time data of the referral view: the static search index and the finder's small props. */
import { getCatalog } from './catalog';
import { getRegions } from './regions';
import { buildSearchIndex, type SearchIndexData } from '@/lib/search-index';
import { indexInput } from '@/lib/search-input';
import type { FinderCriteria } from '@/lib/criteria-match';
import { actorKinds } from '@/schemas/actor';
import { label } from '@/i18n/ui';

let cached: Promise<SearchIndexData> | undefined;

/** The index served at /data/search-index.json. */
export function getSearchIndex(): Promise<SearchIndexData> {
  cached ??= (async () => {
    const catalog = await getCatalog();
    return buildSearchIndex(indexInput(catalog));
  })();
  return cached;
}

export interface Option {
  value: string;
  label: string;
}

/** Small props of the referral island: facet options, the situation checklist and the criteria. */
export interface ReferralProps {
  targetGroups: Option[];
  providerKinds: Option[];
  levels: Option[];
  wellbeingAreas: Option[];
  municipalities: { code: string; name: string; wellbeingArea: string; employmentArea: string }[];
  situations: { id: string; label: string; group: string; hint?: string | undefined }[];
  criteria: FinderCriteria[];
  /** Service id → name, for "consider instead" links before the index has loaded. */
  serviceNames: Record<string, string>;
}

export async function getReferralProps(): Promise<ReferralProps> {
  const [catalog, regions] = await Promise.all([getCatalog(), getRegions()]);
  const byName = (a: Option, b: Option) => a.label.localeCompare(b.label, 'fi');
  return {
    targetGroups: catalog.targetGroups.map((group) => ({ value: group.id, label: group.name })).sort(byName),
    providerKinds: actorKinds.map((kind) => ({ value: kind, label: label('actorKind', kind) })),
    levels: catalog.staircases.flatMap((ladder) => ladder.levels.map((level) => ({ value: level.id, label: `${ladder.title}: ${level.name}` }))),
    wellbeingAreas: regions.wellbeingAreas.map((area) => ({ value: area.id, label: area.name })).sort(byName),
    municipalities: regions.municipalities
      .map((m) => ({ code: m.code, name: m.name, wellbeingArea: m.wellbeingArea, employmentArea: m.employmentArea }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fi')),
    situations: catalog.situations.map((s) => ({ id: s.id, label: s.label, group: s.group, hint: s.hint })),
    criteria: catalog.criteria.map((list) => ({
      id: list.id,
      title: list.title,
      appliesTo: list.appliesTo,
      items: list.items.map((item) => ({ id: item.id, text: item.text, situations: item.situations, force: item.force, instead: item.instead })),
    })),
    serviceNames: Object.fromEntries(catalog.services.map((service) => [service.id, service.name])),
  };
}
