/**
 * Type and subject (ô 5a/5b). A typed document prints its type as a centred upper-case title
 * ("THÔNG BÁO", "THÔNG BÁO KẾT LUẬN", "KẾ HOẠCH") with the subject on the lines below it; a công văn
 * has no title and puts its subject under the number after "V/v". When the title is missing the type
 * comes from the number's type code (43/TB-UBND → thông báo, 815-CV/HU → công văn, 20/UBND-NN → công
 * văn, having no type code).
 */
import type { ParsedNumber } from '../docnum/parse.ts';
import { DOCUMENT_TYPES, typeKeyFromTitle, type DocumentTypeKey } from '../docnum/types.ts';
import { typeFromNumber } from '../citations/find-citations.ts';
import { parseVietnameseDateLine } from '../dates/partial-date.ts';
import { isBlank, isRule, isUpperLine, plain } from './lines.ts';
import { isMotto, isNationalName, isPartyHeader, isSubjectLine, kinhGuiText, numberLineText } from './landmarks.ts';
import { sentenceCase } from './recase.ts';

export interface TypeSubject {
  type: DocumentTypeKey | null;
  /** Where the type came from, for the report. */
  typeSource: 'title' | 'number' | 'subject' | null;
  /** The type named by the number when it differs from the title (a warning for the publisher). */
  conflict: DocumentTypeKey | null;
  subject: string | null;
  /** True when the subject was printed in capitals and has been put in sentence case. */
  recased: boolean;
  used: number[];
}

const REACH = 40;

/** True for a line that cannot continue a subject: another header part, a rule, or the opening of the text. */
const stopsSubject = (line: string): boolean =>
  isBlank(line) ||
  numberLineText(line) !== null ||
  parseVietnameseDateLine(line) !== null ||
  kinhGuiText(line) !== null ||
  isNationalName(line) ||
  isMotto(line) ||
  isRule(line) ||
  /^căn cứ\b/iu.test(plain(line));

/** Subject lines from `start`: up to the first blank or header line; joined with single spaces. */
function subjectFrom(lines: readonly string[], start: number, firstText: string): { text: string; used: number[] } {
  const parts = firstText ? [firstText] : [];
  const used: number[] = [];
  let i = start;
  // The subject may sit one blank line below the title.
  if (!firstText && isBlank(lines[i])) i++;
  for (; i < lines.length && !stopsSubject(lines[i]!); i++) {
    parts.push(plain(lines[i]!));
    used.push(i);
  }
  return { text: parts.join(' ').replace(/\s+/gu, ' ').trim(), used };
}

/** Finds the type title, the "V/v" lines and the subject, starting after the header lines in `from`. */
export function readTypeSubject(lines: readonly string[], number: ParsedNumber | null, from = 0): TypeSubject {
  let titleType: DocumentTypeKey | null = null;
  let subject: { text: string; used: number[] } | null = null;
  let recased = false;
  const used: number[] = [];
  for (let i = from; i < Math.min(lines.length, REACH); i++) {
    const line = lines[i]!;
    if (isBlank(line) || subject?.used.includes(i)) continue;
    if (kinhGuiText(line) !== null) break;
    if (!titleType && isUpperLine(line) && plain(line).length <= 80 && !isNationalName(line)) {
      const key = typeKeyFromTitle(plain(line));
      if (key) {
        titleType = key;
        used.push(i);
        // "THÔNG BÁO KẾT LUẬN": the words after the type name open the subject.
        const nameWords = DOCUMENT_TYPES[key].name.split(' ').length;
        const rest = plain(line).split(/\s+/u).slice(nameWords).join(' ');
        const s = subjectFrom(lines, i + 1, rest ? sentenceCase(rest) : '');
        if (s.text) {
          // A subject printed in capitals reads as shouting on a web page.
          const caps = s.used.length > 0 && s.used.every((k) => isUpperLine(lines[k]!));
          // The subject's first word takes a capital even when it continued the title.
          const text = (caps ? sentenceCase(s.text) : s.text).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
          subject = { text, used: s.used };
          recased = caps;
        }
        break;
      }
    }
    if (!subject && isSubjectLine(line)) {
      const s = subjectFrom(lines, i + 1, plain(line));
      subject = { text: s.text, used: [i, ...s.used] };
      continue;
    }
    // Header lines (names in capitals, the number, the date, the national motto) may come in any order;
    // the first other line opens the text, and no title comes after it.
    const headerPart =
      numberLineText(line) !== null || parseVietnameseDateLine(line) !== null || isNationalName(line) || isMotto(line) || isPartyHeader(line) || isRule(line);
    if (isUpperLine(line) || headerPart) continue;
    break;
  }
  if (subject) used.push(...subject.used);
  const numberType = number ? typeFromNumber(number) : null;
  const viaSubject = subject && /^v\/v|^về việc/iu.test(subject.text) ? 'cong-van' : null;
  const type = titleType ?? numberType ?? viaSubject;
  return {
    type,
    typeSource: titleType ? 'title' : numberType ? 'number' : viaSubject ? 'subject' : null,
    conflict: titleType && numberType && numberType !== titleType ? numberType : null,
    subject: subject?.text ?? null,
    recased,
    used: [...new Set(used)].sort((a, b) => a - b),
  };
}
