/**
 * data/haku/rajaus/<alue|toimija|porras>/<value>.json: the services one filter value lets through
 * (src/lib/search/shards.ts: filterList), for every value the search page offers or reads from a
 * description: each wellbeing area and municipality, provider kind and level.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getSearchAppProps, getSearchIndex } from '@/data/search';
import { decodeMunicipalities } from '@/lib/regions/municipality-options';
import { routes } from '@/lib/routes';
import { filterList, type FilterKind } from '@/lib/search/shards';

export const getStaticPaths = (async () => {
  const [props, index] = await Promise.all([getSearchAppProps(), getSearchIndex()]);
  const values: [FilterKind, string][] = [
    ...props.wellbeingAreas.map((option): [FilterKind, string] => ['region', option.value]),
    ...decodeMunicipalities(props.municipalities).map((m): [FilterKind, string] => ['region', m.code]),
    ...props.providerKinds.map((option): [FilterKind, string] => ['providerKind', option.value]),
    ...props.levels.map((option): [FilterKind, string] => ['level', option.value]),
  ];
  return values.map(([filter, value]) => {
    // The address from routes, so the page and the files cannot disagree.
    const segment = routes.searchPart({ filter, value }).split('/').at(-2) ?? '';
    return { params: { filter: segment, value }, props: { list: filterList(index, filter, value) } };
  });
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => new Response(JSON.stringify(props.list), { headers: { 'Content-Type': 'application/json' } });
