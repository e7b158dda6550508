/** data/haku/palvelut/<id>.json: what a search result shows of one service (fetched for the results shown). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getSearchParts } from '@/data/search';
import { decodeId } from '@/lib/search/shards';

export const getStaticPaths = (async () => {
  const { entry, fragments } = await getSearchParts();
  const { ids, names } = entry.services;
  return fragments.map((fragment, s) => ({ params: { id: decodeId(ids[s] ?? '', names[s] ?? '') }, props: { fragment } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => new Response(JSON.stringify(props.fragment), { headers: { 'Content-Type': 'application/json' } });
