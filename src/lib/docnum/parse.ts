// Parser for Vietnamese document numbers (số, ký hiệu): NĐ 30/2020 administrative numbers,
// legal normative (VBQPPL) numbers and Party numbers. See reference domain.md §2.4–2.6.
import { normalizeLookalikes } from '../text/fold.ts';
import { ALL_TYPE_CODES, ND30_TYPE_CODES, canonicalTypeCode } from './types.ts';

/** Which numbering system a number follows. */
export type NumberFamily = 'administrative' | 'legal' | 'party' | 'unknown';

/** A document number split into its parts; `raw` is kept verbatim so odd real-world spellings survive. */
export interface ParsedNumber {
  /** Exactly the input, never altered. */
  raw: string;
  /** In-force number in canonical form: label, strike marks and whitespace removed, known codes in exact case. */
  normalized: string;
  family: NumberFamily;
  /** Sequence number; null when left blank ("Số: /UBND-KT"). */
  serial: number | null;
  /** Year, only on legal normative numbers (51/2025/QĐ-TTg). */
  year: number | null;
  /** Type abbreviation; null for a công văn and for VBQPPL numbers without one (257/2025/QH15). */
  typeCode: string | null;
  /** Issuing body code: "UBND", "TTg", "HU", "QH15". */
  bodyCode: string | null;
  /** What follows the body: drafting unit or field ("NN", "VPĐP", "XD&KTVBQPPL"). */
  unitCode: string | null;
  /** Text struck through in the original, e.g. ["26"] for "~~26~~20/UBND-NN". */
  struck: string[];
  /** True for an administrative number without a type code. */
  isCongVan: boolean;
}

// Markdown ~~x~~ (how the seed documents mark corrections) and HTML <s>/<del>/<strike>.
const STRIKE = /~~(.*?)~~|<(s|del|strike)\b[^>]*>(.*?)<\/\2\s*>/gisu;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/gu;
const SLASHES = /[\u2044\u2215\uFF0F]/gu;
// "Số:", "số 43", "SỐ" before the number; without a colon or space it must touch a number, so codes are never eaten.
const LABEL = /^\s*s[ốo](?:\s*:\s*|\s+|(?=[\d/~<]|$))/iu;
const SPACES = /[\s\u200B-\u200D\u2060\uFEFF]+/gu;
// Punctuation a citation leaves behind: "(… Công văn số 815-CV/HU)".
const TRAILING_PUNCT = /[.,;:)\]"'”’»]+$/u;

// A body code starts with a letter, which keeps ratios ("42/85") and dates ("26/01/2024") out.
const BODY = String.raw`\p{L}[\p{L}\d&.]*`;
const SEG = String.raw`[\p{L}\d][\p{L}\d&.]*`;
const SERIAL = String.raw`(\d{1,6})?`;
const LEGAL = new RegExp(String.raw`^${SERIAL}/((?:19|20)\d{2})/(?:(\p{L}+)-)?(${BODY}(?:-${SEG})*)$`, 'u');
const PARTY = new RegExp(String.raw`^${SERIAL}-(\p{L}+)/(${BODY}(?:[/-]${SEG})*)$`, 'u');
const ADMIN = new RegExp(String.raw`^${SERIAL}/(${BODY}(?:-${SEG})+)$`, 'u');

// NĐ 30 writes ký hiệu in upper case; these body codes are the known mixed-case exceptions.
const MIXED_CASE_BODIES = new Map([['ttg', 'TTg']]);

/** Clean the label and typographic variants, keeping strike marks for later. */
function prepare(raw: string): string {
  return normalizeLookalikes(raw).replace(DASHES, '-').replace(SLASHES, '/').replace(LABEL, '');
}

/** Drop whitespace after fixing the spacing mistakes that have only one reading. */
function compact(text: string): string {
  let t = text.replace(/~/g, '').trim();
  // "43 TB-UBND" (no slash at all): the space stands for the "/".
  if (!t.includes('/')) t = t.replace(/^(\d{1,6})\s+(?=\p{L})/u, '$1/');
  // "815 CV/HU": letters between the serial and a slash only occur on Party numbers.
  else t = t.replace(/^(\d{1,6})\s+(\p{L}+)\s*\//u, '$1-$2/');
  return t.replace(SPACES, '').replace(TRAILING_PUNCT, '');
}

const squash = (s: string): string => s.replace(SPACES, '');

/** Upper-case a segment typed entirely in lower case; keep any segment the writer already cased. */
function caseSegment(seg: string): string {
  const hasUpper = seg !== seg.toLowerCase();
  if (hasUpper) return seg;
  return MIXED_CASE_BODIES.get(seg) ?? seg.toUpperCase();
}

const caseType = (code: string): string => canonicalTypeCode(code, ALL_TYPE_CODES) ?? caseSegment(code);

const foldD = (s: string): string => s.toUpperCase().replace(/Đ/g, 'D');
const FOLDED_CODES = new Set(ALL_TYPE_CODES.map(foldD));

/** A first segment like "ND" (for NĐ) or "QD": a known code typed without Đ, or a non-NĐ 30 code. */
const isPlausibleTypeCode = (seg: string): boolean => /^\p{L}{1,4}$/u.test(seg) && FOLDED_CODES.has(foldD(seg));

const toSerial = (digits: string | undefined): number | null =>
  digits === undefined ? null : Number.parseInt(digits, 10);

/** Assemble a result in the field order of ParsedNumber (readable in logs and JSON). */
function result(raw: string, struck: string[], parts: Partial<Omit<ParsedNumber, 'raw' | 'struck'>>): ParsedNumber {
  return {
    raw,
    normalized: parts.normalized ?? '',
    family: parts.family ?? 'unknown',
    serial: parts.serial ?? null,
    year: parts.year ?? null,
    typeCode: parts.typeCode ?? null,
    bodyCode: parts.bodyCode ?? null,
    unitCode: parts.unitCode ?? null,
    struck,
    isCongVan: parts.isCongVan ?? false,
  };
}

const joinOrNull = (segs: string[]): string | null => (segs.length > 0 ? segs.join('-') : null);

/** Parse a document number ("Số: 43/TB-UBND", "815-CV/HU", "51/2025/QĐ-TTg"); never throws. */
export function parseDocumentNumber(raw: string): ParsedNumber {
  const input = typeof raw === 'string' ? raw : '';
  const prepared = prepare(input);
  const struck = [...prepared.matchAll(STRIKE)].map((m) => squash(m[1] ?? m[3] ?? '')).filter((s) => s !== '');
  const text = compact(prepared.replace(STRIKE, ''));

  const legal = LEGAL.exec(text);
  if (legal) {
    const [, serialText = '', year = '', type, cq = ''] = legal;
    const [body = '', ...units] = cq.split('-').map(caseSegment);
    const typeCode = type === undefined ? null : caseType(type);
    return result(raw, struck, {
      normalized: `${serialText}/${year}/${typeCode ? `${typeCode}-` : ''}${[body, ...units].join('-')}`,
      family: 'legal',
      serial: toSerial(legal[1]),
      year: Number(year),
      typeCode,
      bodyCode: body,
      unitCode: joinOrNull(units),
    });
  }

  const party = PARTY.exec(text);
  if (party) {
    const [, serialText = '', type = '', cq = ''] = party;
    const casedCq = cq.replace(/[^/-]+/gu, caseSegment);
    const sep = casedCq.search(/[/-]/u);
    const typeCode = caseType(type);
    return result(raw, struck, {
      normalized: `${serialText}-${typeCode}/${casedCq}`,
      family: 'party',
      serial: toSerial(party[1]),
      typeCode,
      bodyCode: sep < 0 ? casedCq : casedCq.slice(0, sep),
      unitCode: sep < 0 ? null : casedCq.slice(sep + 1),
    });
  }

  const admin = ADMIN.exec(text);
  if (admin) {
    const [, serialText = '', kyHieu = ''] = admin;
    const [first = '', ...rest] = kyHieu.split('-');
    const knownType = canonicalTypeCode(first, ND30_TYPE_CODES);
    const typeCode = knownType ?? (isPlausibleTypeCode(first) ? caseSegment(first) : null);
    const segs = (typeCode === null ? [first, ...rest] : rest).map(caseSegment);
    const [body = '', ...units] = segs;
    return result(raw, struck, {
      normalized: `${serialText}/${[...(typeCode === null ? [] : [typeCode]), ...segs].join('-')}`,
      family: 'administrative',
      serial: toSerial(admin[1]),
      typeCode,
      bodyCode: body,
      unitCode: joinOrNull(units),
      isCongVan: typeCode === null,
    });
  }

  return result(raw, struck, { normalized: text });
}

/** Case- and look-alike-insensitive key of the in-force number ("43/tb-ubnd"; "04/CT-UBND" → "4/ct-ubnd"); "" when the serial is blank. */
export function documentNumberKey(p: ParsedNumber): string {
  // A blank serial ("/UBND-KT") is shared by every draft of the body, so it identifies nothing.
  if (p.family !== 'unknown' && p.serial === null) return '';
  // Citations write "4" and "04" for the same document; the key drops the leading zero.
  return p.normalized.toLowerCase().replace(/^0+(?=\d)/u, '');
}

/** Rebuild each number that was in force before a correction: "~~26~~20/UBND-NN" → "26/UBND-NN". */
function struckVariants(raw: string): string[] {
  const text = prepare(typeof raw === 'string' ? raw : '');
  return [...text.matchAll(STRIKE)].map((m) => {
    const content = squash(m[1] ?? m[3] ?? '');
    if (content.includes('/')) return content; // a whole former number was struck
    const start = m.index;
    const before = text.slice(0, start).replace(STRIKE, '');
    const after = text.slice(start + m[0].length).replace(STRIKE, '').trimStart();
    // The in-force text right after the strike replaced it: drop as many "-" groups as the struck text has.
    const groups = (content.match(/-/gu) ?? []).length;
    const replaced = after.replace(new RegExp(String.raw`^[^/\-]*(?:-[^/\-]*){${groups}}`, 'u'), '');
    return before + content + replaced;
  });
}

/** Numbers printed before a correction, in canonical form: "~~26~~20/UBND-NN" → ["26/UBND-NN"]. */
export function formerNumbers(raw: string): string[] {
  return struckVariants(raw)
    .map(parseDocumentNumber)
    .filter((p) => p.family !== 'unknown')
    .map((p) => p.normalized);
}

/** Every key that should find the document: the in-force number, then each struck variant; no blanks or repeats. */
export function numberSearchKeys(p: ParsedNumber): string[] {
  const keys = [documentNumberKey(p)];
  for (const variant of struckVariants(p.raw)) {
    const parsed = parseDocumentNumber(variant);
    if (parsed.family !== 'unknown') keys.push(documentNumberKey(parsed));
  }
  return [...new Set(keys)].filter((k) => k !== '');
}
