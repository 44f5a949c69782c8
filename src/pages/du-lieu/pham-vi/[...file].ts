/**
 * One province's or district's rows of the units, assessments and recognitions datasets, as CSV with
 * the dataset's columns: /du-lieu/pham-vi/<scope>/<dataset>.csv, where <scope> is the unit's path as
 * under /dia-phuong/ (86-tinh-vinh-long, truoc-2025/849-huyen-tra-cu).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openData } from '../../../site/open-data.ts';
import { toCsv } from '../../../lib/opendata/serialize.ts';
import { datasetColumns } from '../../../site/raw-rows.ts';
import type { DatasetKey } from '../../../schemas/datasets.ts';

export const getStaticPaths = (async () =>
  (await openData()).scopes.flatMap((s) =>
    s.files.map((f) => ({ params: { file: f.path.slice('/du-lieu/pham-vi/'.length) }, props: { scope: s.scope.key, key: f.key } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { scope, key } = props as { scope: string; key: DatasetKey };
  const file = (await openData()).scopes.find((s) => s.scope.key === scope)!.files.find((f) => f.key === key)!;
  return new Response(toCsv(datasetColumns(key), file.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
