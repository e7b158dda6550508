/** Build-time data of the referral view: the static search index and the finder's small props. */
import { getCatalog } from './catalog';
import { getRegions } from './regions';
import type { SearchIndexData } from '@/lib/search/codec';
import { shardIndex, type ShardedIndex } from '@/lib/search/shards';
import { buildSearchIndex } from '@/lib/search/index-build';
import { indexInput } from '@/lib/search/input';
import { encodeMunicipalities } from '@/lib/regions/municipality-options';
import { actorKinds } from '@/schemas/actor';
import { label } from '@/i18n/ui';

let cached: Promise<SearchIndexData> | undefined;

/** The index served at /data/search-index.json. */
export function getSearchIndex(): Promise<SearchIndexData> {
  cached ??= (async () => {
    const [catalog, regions] = await Promise.all([getCatalog(), getRegions()]);
    return buildSearchIndex(indexInput({ ...catalog, municipalities: regions.municipalities, wellbeingAreas: regions.wellbeingAreas }));
  })();
  return cached;
}

let parts: Promise<ShardedIndex> | undefined;

/** The index in the parts the search page fetches (/data/haku/…). */
export function getSearchParts(): Promise<ShardedIndex> {
  parts ??= getSearchIndex().then(shardIndex);
  return parts;
}

export interface Option {
  value: string;
  label: string;
}

/**
 * Small props of the referral island (they are part of the page's HTML): facet options and the
 * situation checklist. The services, their texts and the finder's criteria come with the fetched
 * parts of the index (/data/haku/, src/lib/search/shards.ts).
 */
export interface SearchAppProps {
  targetGroups: Option[];
  providerKinds: Option[];
  levels: Option[];
  wellbeingAreas: Option[];
  /** Municipalities by name, encoded by encodeMunicipalities (src/lib/regions/municipality-options.ts). */
  municipalities: string;
  situations: { id: string; label: string; group: string; hint?: string | undefined }[];
}

export async function getSearchAppProps(): Promise<SearchAppProps> {
  const [catalog, regions] = await Promise.all([getCatalog(), getRegions()]);
  const byName = (a: Option, b: Option) => a.label.localeCompare(b.label, 'fi');
  return {
    targetGroups: catalog.targetGroups.map((group) => ({ value: group.id, label: group.name })).sort(byName),
    providerKinds: actorKinds.map((kind) => ({ value: kind, label: label('actorKind', kind) })),
    levels: catalog.staircases.flatMap((ladder) => ladder.levels.map((level) => ({ value: level.id, label: `${ladder.title}: ${level.name}` }))),
    wellbeingAreas: regions.wellbeingAreas.map((area) => ({ value: area.id, label: area.name })).sort(byName),
    municipalities: encodeMunicipalities(
      regions.municipalities
        .map((m) => ({ code: m.code, name: m.name, wellbeingArea: m.wellbeingArea, employmentArea: m.employmentArea }))
        .sort((a, b) => a.name.localeCompare(b.name, 'fi')),
    ),
    situations: catalog.situations.map((s) => (s.hint === undefined ? { id: s.id, label: s.label, group: s.group } : { id: s.id, label: s.label, group: s.group, hint: s.hint })),
  };
}
