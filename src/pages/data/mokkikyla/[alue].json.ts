/**
 * data/mokkikyla/<alue>.json: the slice of the catalogue one village is built from (koko-maa or a
 * wellbeing area's id). The mökkikylä island fetches the one it shows, so the page carries none.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getVillageSlices } from '@/data/village';

export const getStaticPaths = (async () =>
  (await getVillageSlices()).map(({ key, slice }) => ({ params: { alue: key }, props: { slice } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(props.slice), { headers: { 'Content-Type': 'application/json' } });
