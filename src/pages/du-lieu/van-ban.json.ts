/** Every directive's record as one JSON array, newest first, without the texts: /du-lieu/van-ban.json. */
import type { APIRoute } from 'astro';
import { directiveRecords, withoutText } from '../../site/directive-record.ts';

export const GET: APIRoute = async () => {
  const records = (await directiveRecords()).map(({ record }) => withoutText(record));
  // One record per line: compact for tens of thousands of records, still readable and diffable.
  const body = `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
