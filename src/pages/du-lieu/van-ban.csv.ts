/**
 * Every directive as one CSV row, newest first: /du-lieu/van-ban.csv. UTF-8 without BOM, comma-separated,
 * LF line endings and a header row, like the repository's own CSV files; columns in CSV_COLUMNS,
 * explained on /du-lieu/.
 */
import type { APIRoute } from 'astro';
import Papa from 'papaparse';
import { CSV_COLUMNS, csvRow } from '../../lib/directives/record.ts';
import { directiveRecords } from '../../site/directive-record.ts';

export const GET: APIRoute = async () => {
  const rows = (await directiveRecords()).map(({ entry, record }) => csvRow(record, entry.data));
  // escapeFormulae stays off: it would put a quote before cells starting with =, +, - or @ and change the data as stored.
  const csv = Papa.unparse({ fields: [...CSV_COLUMNS], data: rows.map((r) => CSV_COLUMNS.map((c) => r[c])) }, { newline: '\n' });
  return new Response(`${csv}\n`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
