/**
 * Every CSV data file, published as it is in the repository (UTF-8, the same columns), at
 * /du-lieu/<path under data/>, e.g. /du-lieu/figures/51-quang-ngai.csv.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataFiles } from '../../site/data-files.ts';
import { dataRoot } from '../../loaders/data-root.ts';

export const getStaticPaths = (async () => (await dataFiles()).map((f) => ({ params: { file: f.path }, props: { path: f.path } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(join(dataRoot(process.cwd()), 'data', (props as { path: string }).path)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
