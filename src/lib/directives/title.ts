/**
 * How a directive is named on pages and in link text: its type and its number in force, e.g.
 * "Công văn 20/UBND-NN". A blank serial is shown as such ("Thông báo không ghi số, ký hiệu TB-UBND"),
 * never invented.
 */
import { DOCUMENT_TYPES, type DocumentTypeKey } from '../docnum/types.ts';
import { numberOf, type NumberParts } from './number-of.ts';

/** Vietnamese name of a type key, or the key itself when unknown. */
export const typeName = (type: string): string => DOCUMENT_TYPES[type as DocumentTypeKey]?.name ?? type;

/** Words a title needs for a number left blank on the original. */
export interface BlankWords {
  noNumber: string;
  symbol: string;
}

/** The number as it should be read: the number in force, or "không ghi số, ký hiệu TB-UBND" when blank. */
export const displayNumber = (raw: string, words: BlankWords, parts?: NumberParts): string => {
  const p = numberOf(raw, parts);
  if (p.family !== 'unknown' && p.serial === null) return `${words.noNumber}, ${words.symbol} ${p.normalized.replace(/^\//, '')}`;
  return p.family === 'unknown' ? raw : p.normalized;
};

/** "Công văn 20/UBND-NN", "Thông báo không ghi số, ký hiệu TB-UBND". */
export const directiveTitle = (d: { type: string; number: string; number_parts?: NumberParts }, words: BlankWords): string =>
  `${typeName(d.type)} ${displayNumber(d.number, words, d.number_parts)}`;
