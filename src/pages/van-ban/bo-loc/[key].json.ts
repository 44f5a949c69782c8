/** A facet's values with their counts, /van-ban/bo-loc/<key>.json: what the library's filter form fetches for ON_DEMAND_FACETS. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ON_DEMAND_FACETS, type FacetCount } from '../../../lib/directives/facets.ts';
import { library } from '../../../site/library.ts';

export const getStaticPaths = (async () => {
  const { counts } = await library();
  return ON_DEMAND_FACETS.map((key) => ({ params: { key }, props: { values: counts[key] } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ values: FacetCount[] }> = ({ props }) =>
  new Response(JSON.stringify(props.values.map(({ slug, name, count }) => ({ slug, name, count }))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
