/**
 * The issuing body (ô 2 of Nghị định 30/2020 Phụ lục I): the upper-case lines at the top left, with
 * the governing body above it when there is one ("UBND TỈNH QUẢNG NGÃI / SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN
 * NÔNG THÔN"). The Quốc hiệu, the Tiêu ngữ and the Party header "ĐẢNG CỘNG SẢN VIỆT NAM" sit on the
 * right of the same table and are skipped, however the copy interleaved the two columns.
 */
import { foldVietnamese } from '../text/fold.ts';
import { isBlank, isRule, isUpperLine, plain } from './lines.ts';
import { isMotto, isNationalName, isPartyHeader, isSubjectLine, kinhGuiText, numberLineText } from './landmarks.ts';
import { recaseName } from './recase.ts';
import { typeKeyFromTitle } from '../docnum/types.ts';
import { parseVietnameseDateLine } from '../dates/partial-date.ts';

export interface Header {
  /** Issuing body in sentence case ("UBND tỉnh Quảng Trị"); null when the copy has no header. */
  issuer: string | null;
  /** Governing body printed above the issuer, if any. */
  issuerParent: string | null;
  /** True when the issuer was printed without its place and took the place of the body above it. */
  placeAdded: boolean;
  /** True when the header reads "ĐẢNG CỘNG SẢN VIỆT NAM". */
  party: boolean;
  /** Lines taken by the header (names, motto, rules), for the body to leave out. */
  used: number[];
}

// How far down a header can reach: two columns of at most a dozen lines each.
const HEADER_REACH = 30;
const LEVEL_START = /^(tinh|huyen|quan|xa|phuong|thanh pho|thi xa|thi tran|dac khu)\b/u;
const COMMITTEE_START = /^(tinh|huyen|thanh|thi|quan) uy\b/u;

/** True for a line that ends the header: the number, the date, the type title, "V/v" or "Kính gửi". */
const endsHeader = (line: string): boolean =>
  numberLineText(line) !== null ||
  parseVietnameseDateLine(line) !== null ||
  isSubjectLine(line) ||
  kinhGuiText(line) !== null ||
  (isUpperLine(line) && typeKeyFromTitle(plain(line)) !== null);

/** Names of bodies from the header lines: a line that starts with a level word continues the one above. */
function joinWrapped(names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    const f = foldVietnamese(n);
    const prev = out.at(-1);
    const continues = prev !== undefined && ((LEVEL_START.test(f) && !COMMITTEE_START.test(f)) || /(\bVÀ|[-–])$/u.test(prev));
    if (continues) out[out.length - 1] = `${prev} ${n}`;
    else out.push(n);
  }
  return out;
}

// Bodies named without their place ("Sở Nông nghiệp…", "Phòng Kinh tế") take it from the body above.
const AGENCY = /^(Sở|Phòng|Văn phòng|Ban|Chi cục|Cục|Trung tâm)\s/u;
const PLACE_PART = /\s((?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn)\s.+)$/u;

/** Finds the issuing body and its parent in the lines at the top of the document. */
export function readHeader(lines: readonly string[]): Header {
  const used: number[] = [];
  const names: string[] = [];
  let party = false;
  for (let i = 0; i < Math.min(lines.length, HEADER_REACH); i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (isNationalName(line) || isMotto(line) || isRule(line)) {
      used.push(i);
      continue;
    }
    if (isPartyHeader(line)) {
      party = true;
      used.push(i);
      continue;
    }
    if (endsHeader(line)) {
      // The date cell may come before the issuer in a copy that read the right column first; keep looking.
      if (parseVietnameseDateLine(line) !== null && names.length === 0) continue;
      break;
    }
    if (!isUpperLine(line) || plain(line).length > 120) break;
    names.push(plain(line).replace(/\s+/gu, ' '));
    used.push(i);
  }
  const bodies = joinWrapped(names).map((n) => recaseName(n));
  let issuer = bodies.at(-1) ?? null;
  const issuerParent = bodies.length >= 2 ? bodies.at(-2)! : null;
  let placeAdded = false;
  if (issuer && issuerParent && AGENCY.test(issuer) && !PLACE_PART.test(issuer)) {
    const place = PLACE_PART.exec(issuerParent)?.[1];
    if (place) {
      issuer = `${issuer} ${place}`;
      placeAdded = true;
    }
  }
  return { issuer, issuerParent, placeAdded, party, used };
}
