/**
 * The id (file name and page address) of a directive: issuing body, number in force and year, e.g.
 * "ubnd-tinh-quang-tri-20-ubnd-nn-2020". The body is written short as the portal writes it (UBND,
 * HĐND, TP), a blank serial leaves only the symbol ("ubnd-huyen-tan-uyen-tb-ubnd-2024"), and a struck
 * serial is left out, since the id names the number in force.
 */
import { parsePartialDate } from '../dates/partial-date.ts';
import { slugify } from '../text/fold.ts';
import { numberOf, type NumberParts } from './number-of.ts';

// Long names shortened the way every entry's id writes them.
const SHORT: readonly [RegExp, string][] = [
  [/Ủy ban nhân dân|Uỷ ban nhân dân/giu, 'UBND'],
  [/Hội đồng nhân dân/giu, 'HĐND'],
  [/Nông nghiệp và Phát triển nông thôn/giu, 'NN&PTNT'],
  [/Nông nghiệp và Môi trường/giu, 'NN&MT'],
  [/(?<!\p{L})thành phố(?!\p{L})/giu, 'TP'],
  [/(?<!\p{L})thị xã(?!\p{L})/giu, 'TX'],
];

/** The id of a directive from its issuer, number (with any hand-set parts) and date. */
export function slugForDirective(d: { issuer: string; number: string; number_parts?: NumberParts; date: string }): string {
  const issuer = slugify(SHORT.reduce((s, [re, to]) => s.replace(re, to), d.issuer));
  const parsed = numberOf(d.number, d.number_parts);
  const number = slugify(parsed.family === 'unknown' ? d.number.replace(/~~[^~]*~~/gu, '') : parsed.normalized);
  const year = parsePartialDate(d.date)?.year ?? parsed.year;
  return [issuer, number, year === null ? '' : String(year)].filter((part) => part !== '').join('-');
}
