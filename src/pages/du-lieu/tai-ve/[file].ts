/**
 * Every dataset whole: /du-lieu/tai-ve/<dataset>.csv (all its files' rows, in file order, with the
 * dataset's columns, cells exactly as in the repository) and /du-lieu/tai-ve/<dataset>.json (the same
 * rows as objects, every cell a string). The columns are explained on /du-lieu/.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openData } from '../../../site/open-data.ts';
import { toCsv, toJson } from '../../../lib/opendata/serialize.ts';

export const getStaticPaths = (async () =>
  (await openData()).datasets.flatMap((d) =>
    (['csv', 'json'] as const).map((format) => ({ params: { file: `${d.slug}.${format}` }, props: { key: d.key, format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { key, format } = props as { key: string; format: 'csv' | 'json' };
  const d = (await openData()).datasets.find((x) => x.key === key)!;
  return format === 'csv'
    ? new Response(toCsv(d.columns, d.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
    : new Response(toJson(d.columns, d.rows), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
