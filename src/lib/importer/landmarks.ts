/**
 * The fixed lines of an official document (Nghị định 30/2020/NĐ-CP, Phụ lục I) that every part of the
 * importer looks for: the national motto, the Party header, "Số:", "Kính gửi:", "Nơi nhận:", the
 * signing-authority prefixes and list markers. Matching is done on folded text, so copies without
 * tone marks or with odd capitals still match.
 */
import { foldVietnamese } from '../text/fold.ts';
import { plain } from './lines.ts';

const folded = (line: string): string => foldVietnamese(plain(line)).replace(/\s+/gu, ' ').trim();

/** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (Quốc hiệu). */
export const isNationalName = (line: string): boolean => /^cong hoa xa hoi chu nghia viet nam$/u.test(folded(line));

/** "Độc lập - Tự do - Hạnh phúc" (Tiêu ngữ), with any dashes. */
export const isMotto = (line: string): boolean => /^doc lap\W+tu do\W+hanh phuc\W*$/u.test(folded(line));

/** "ĐẢNG CỘNG SẢN VIỆT NAM": the header of a Party document, in place of the Quốc hiệu. */
export const isPartyHeader = (line: string): boolean => /^dang cong san viet nam$/u.test(folded(line));

/** "Số: 20/UBND-NN", "SỐ: /UBND-KT", "Số 815-CV/HU"; the text after the label, or null. */
export function numberLineText(line: string): string | null {
  const m = /^s[oố]\s*(?::|\.|(?=\s*[\d/~-]))\s*(.*)$/iu.exec(plain(line));
  return m ? m[1]!.trim() : null;
}

const after = (re: RegExp, line: string): string | null => {
  const text = plain(line);
  const m = re.exec(text);
  return m ? text.slice(m[0].length).trim() : null;
};

/** "Kính gửi:" and what follows on its line, or null. */
export const kinhGuiText = (line: string): string | null => after(/^k[íi]nh\s*g[ửu]i\b\s*:?/iu, line);

/** "Nơi nhận:" and what follows on its line, or null. */
export const noiNhanText = (line: string): string | null => after(/^n[ơo]i\s*nh[ậa]n\b\s*:?/iu, line);

/** The signing-authority prefixes, with the old slash spellings some bodies still type (T/M, K/T). */
const PREFIX = /^(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L)(?:\s*\.\s*|\s+)(?=\p{Lu})/u;
const CANONICAL: Record<string, 'TM.' | 'KT.' | 'TL.' | 'TUQ.' | 'Q.'> = {
  TM: 'TM.',
  'T/M': 'TM.',
  KT: 'KT.',
  'K/T': 'KT.',
  TL: 'TL.',
  'T/L': 'TL.',
  TUQ: 'TUQ.',
  Q: 'Q.',
};

/** A signing line's authority prefix and the rest: "KT.CHỦ TỊCH" → { prefix: "KT.", rest: "CHỦ TỊCH" }. */
export function signingPrefix(line: string): { prefix: 'TM.' | 'KT.' | 'TL.' | 'TUQ.' | 'Q.'; printed: string; rest: string } | null {
  const text = plain(line);
  const m = PREFIX.exec(text);
  if (!m) return null;
  // "Q" alone is too short to trust without its dot ("Q CHỦ TỊCH" is not a way anyone writes it).
  if (m[1] === 'Q' && !m[0].includes('.')) return null;
  const rest = text.slice(m[0].length).trim();
  if (rest === '' || rest !== rest.toUpperCase()) return null;
  const printed = m[1]!.includes('/') ? m[1]! : `${m[1]}.`;
  return { prefix: CANONICAL[m[1]!]!, printed, rest };
}

/** A list item: "- text", "+ text", "• text", "– text"; the marker and the text. */
export function listItem(line: string): { marker: string; text: string } | null {
  const m = /^([-+•–*])\s+(\S.*)$/u.exec(line.trim());
  if (!m) return null;
  // "**KT. CHỦ TỊCH" is emphasis, not a bullet.
  if (m[1] === '*' && line.trim().startsWith('**')) return null;
  return { marker: m[1] === '–' || m[1] === '•' || m[1] === '*' ? '-' : m[1]!, text: m[2]!.trim() };
}

/** "V/v …" or "Về việc …" (the trích yếu of a công văn). */
export const isSubjectLine = (line: string): boolean => /^(?:v\/v|ve viec)\b/u.test(folded(line));

/** Marks a scan or a copy leaves for the signature: "(Đã ký)", "[đã ký và đóng dấu]", "*tc*". */
export const SIGNED_MARK = /[([*]\s*(?:đã\s*ký[^)\]*]*|ký[^)\]*]*|tc|signed|chữ ký số[^)\]*]*)\s*[)\]*]?/giu;
