/**
 * Finds the document numbers a text cites ("Thông báo số 43/TB-UBND ngày 26/01/2024 của UBND tỉnh",
 * "Quyết định 1528/QĐ-UBND", "51/2025/QĐ-TTg", "Công văn số 815-CV/HU") with what the words around
 * them say: the type before, the date and the issuing body after. Only numbers the parser recognises
 * count, so dates (26/01/2024) and ratios (42/85, 4/9) are never taken for citations.
 */
import { documentNumberKey, parseDocumentNumber, type ParsedNumber } from '../docnum/parse.ts';
import { typeKeyFromCode, typeKeyFromTitle, type DocumentTypeKey } from '../docnum/types.ts';
import { normalizeLookalikes } from '../text/fold.ts';

/** One document number found in a text. */
export interface Citation {
  /** The number as written in the text. */
  number: string;
  /** documentNumberKey of the number ("43/tb-ubnd"); never blank, since blank serials are not citations. */
  key: string;
  parsed: ParsedNumber;
  /** Offsets of `number` in the text. */
  start: number;
  end: number;
  /** Type named before the number ("Quyết định số …"), else the type its code implies; null when neither. */
  typeKey: DocumentTypeKey | null;
  /** Date given after the number ("ngày 26/01/2024", "ngày 15 tháng 6 năm 2020"), as ISO; null when none. */
  date: string | null;
  /** Issuing body given after the number ("của UBND tỉnh Kon Tum"); null when none. */
  issuer: string | null;
}

// A serial, an optional year, then a ký hiệu of letter-led segments joined by "/" or "-".
// The look-behind keeps us out of longer tokens (a URL path, "x/43/TB").
const CANDIDATE =
  /(?<![\p{L}\p{N}/\-])\d{1,6}(?:\/(?:19|20)\d{2})?[/-]\p{L}[\p{L}\p{N}&.]*(?:[/-][\p{L}\p{N}][\p{L}\p{N}&.]*)*/gu;
const TRAILING = /[.&]+$/u;

// Up to four words naming a type, an optional "số", right before the number.
const TYPE_BEFORE = /((?:\p{L}+\s+){0,3}\p{L}+)\s+(?:số\s*:?\s*)?$/iu;
const SO_BEFORE = /(?<![\p{L}\p{N}])số\s*:?\s*$/iu;
const DATE_AFTER =
  /^\s*,?\s*(?:ban hành\s+)?ngày\s+(?:(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))/iu;
// "của <body>" up to the next punctuation; issuerName then cuts the clause that may follow the name.
const ISSUER_AFTER = /^\s*,?\s*của\s+([^,;:()\n]{2,120}?)(?=\s*(?:[,;:()\n]|\.(?:\s|$)|$))/iu;

// Where a body's name ends and the sentence goes on: a quoted title, or a clause ("đối với…", "chưa được…").
const NAME_END = /\s*[“"«(]|\s+(?:đối với|chưa|đã|sẽ|được|bị|nhiệm kỳ|giai đoạn|về|quy định|phê duyệt|ban hành|hướng dẫn|tại|cho|với|nhằm|theo|trong|đến|v\/v|năm\s+\d)(?!\p{L})/iu;

/** The body's name without the words of the sentence that follow it: "UBND thành phố đối với…" → "UBND thành phố". */
export function issuerName(text: string): string {
  const m = NAME_END.exec(text);
  return (m ? text.slice(0, m.index) : text).replace(/[\s,;:.]+$/u, '').trim();
}

const pad2 = (n: string): string => n.padStart(2, '0');

/** A real calendar day as ISO, or null. */
function isoDay(day: string, month: string, year: string): string | null {
  const iso = `${year}-${pad2(month)}-${pad2(day)}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** The type named by the words before a number: the longest run of trailing words that starts with a type name. */
function typeBefore(before: string): DocumentTypeKey | null {
  const m = TYPE_BEFORE.exec(before.slice(-60));
  if (!m?.[1]) return null;
  const words = m[1].split(/\s+/u);
  for (let i = 0; i < words.length; i++) {
    const key = typeKeyFromTitle(words.slice(i).join(' '));
    if (key) return key;
  }
  return null;
}

/** The type a parsed number implies: its type code, or a công văn for an administrative number without one. */
export function typeFromNumber(p: ParsedNumber): DocumentTypeKey | null {
  if (p.typeCode) return typeKeyFromCode(p.typeCode);
  return p.isCongVan ? 'cong-van' : null;
}

/** Every document number in `text`, in order of appearance. */
export function findCitations(text: string): Citation[] {
  // Look-alikes are replaced one character for one, so offsets stay valid for the original text.
  const normal = normalizeLookalikes(text).length === text.length ? normalizeLookalikes(text) : text;
  const found: Citation[] = [];
  for (const m of normal.matchAll(CANDIDATE)) {
    const number = m[0].replace(TRAILING, '');
    const parsed = parseDocumentNumber(number);
    const key = documentNumberKey(parsed);
    if (parsed.family === 'unknown' || key === '') continue;
    const start = m.index;
    const end = start + number.length;
    const before = normal.slice(Math.max(0, start - 80), start);
    let after = normal.slice(end, end + 200);
    const dm = DATE_AFTER.exec(after);
    let date: string | null = null;
    if (dm) {
      date = dm[4] ? isoDay(dm[1]!, dm[3]!, dm[4]) : isoDay(dm[5]!, dm[6]!, dm[7]!);
      after = after.slice(dm[0].length);
    }
    const im = ISSUER_AFTER.exec(after);
    // A number standing alone in a sentence needs "số" or a type word before it to be a citation of
    // an administrative document; legal and Party numbers are unmistakable on their own.
    const typeKey = typeBefore(before) ?? typeFromNumber(parsed);
    if (parsed.family === 'administrative' && !SO_BEFORE.test(before) && !typeBefore(before) && parsed.typeCode === null) continue;
    found.push({ number: text.slice(start, end), key, parsed, start, end, typeKey, date, issuer: (im?.[1] && issuerName(im[1])) || null });
  }
  return found;
}
