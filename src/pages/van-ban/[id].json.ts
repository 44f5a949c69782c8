/** One directive's record as JSON, with its Markdown text: /van-ban/<id>.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { directiveRecords } from '../../site/directive-record.ts';

export const getStaticPaths = (async () =>
  (await directiveRecords()).map(({ record }) => ({ params: { id: record.id }, props: { record } }))) satisfies GetStaticPaths;

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(`${JSON.stringify(props.record, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
