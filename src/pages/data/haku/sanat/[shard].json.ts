/** data/haku/sanat/<n>.json: one postings shard of the search index (a range of the sorted vocabulary). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getSearchParts } from '@/data/search';

export const getStaticPaths = (async () => (await getSearchParts()).shards.map((shard, n) => ({ params: { shard: String(n) }, props: { shard } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => new Response(JSON.stringify(props.shard), { headers: { 'Content-Type': 'application/json' } });
