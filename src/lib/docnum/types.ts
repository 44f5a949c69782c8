// Document types and their abbreviations as they appear in document numbers (ký hiệu).
// Sources: NĐ 30/2020/NĐ-CP Điều 7 and Phụ lục III (administrative types); common VBQPPL types;
// the Party types seen on numbers such as 815-CV/HU or 04-NQ/TU.
import { foldVietnamese, normalizeLookalikes } from '../text/fold.ts';

/** One document type: slug key, Vietnamese name, and the abbreviations used in numbers. */
export interface DocumentType {
  /** Stable slug, equal to slugify(name). */
  readonly key: string;
  /** Vietnamese name in sentence case, e.g. "Thông báo". */
  readonly name: string;
  /** Abbreviation in state numbers, exact case (NĐ 30 Phụ lục III, or the VBQPPL type code); null when none. */
  readonly code: string | null;
  /** Abbreviation in Party numbers ("CV" in 815-CV/HU); null when the type is not used by the Party. */
  readonly partyCode: string | null;
  /** True for the 29 administrative types of NĐ 30 Điều 7 (plus the three copy forms of Phụ lục III). */
  readonly nd30: boolean;
}

const TYPE_LIST = [
  // NĐ 30/2020 Phụ lục III, in the order of the table.
  { key: 'nghi-quyet', name: 'Nghị quyết', code: 'NQ', partyCode: 'NQ', nd30: true },
  { key: 'quyet-dinh', name: 'Quyết định', code: 'QĐ', partyCode: 'QĐ', nd30: true },
  { key: 'chi-thi', name: 'Chỉ thị', code: 'CT', partyCode: 'CT', nd30: true },
  { key: 'quy-che', name: 'Quy chế', code: 'QC', partyCode: null, nd30: true },
  { key: 'quy-dinh', name: 'Quy định', code: 'QyĐ', partyCode: null, nd30: true },
  { key: 'thong-cao', name: 'Thông cáo', code: 'TC', partyCode: null, nd30: true },
  { key: 'thong-bao', name: 'Thông báo', code: 'TB', partyCode: 'TB', nd30: true },
  { key: 'huong-dan', name: 'Hướng dẫn', code: 'HD', partyCode: 'HD', nd30: true },
  { key: 'chuong-trinh', name: 'Chương trình', code: 'CTr', partyCode: null, nd30: true },
  { key: 'ke-hoach', name: 'Kế hoạch', code: 'KH', partyCode: 'KH', nd30: true },
  { key: 'phuong-an', name: 'Phương án', code: 'PA', partyCode: null, nd30: true },
  { key: 'de-an', name: 'Đề án', code: 'ĐA', partyCode: null, nd30: true },
  { key: 'du-an', name: 'Dự án', code: 'DA', partyCode: null, nd30: true },
  { key: 'bao-cao', name: 'Báo cáo', code: 'BC', partyCode: 'BC', nd30: true },
  { key: 'bien-ban', name: 'Biên bản', code: 'BB', partyCode: null, nd30: true },
  { key: 'to-trinh', name: 'Tờ trình', code: 'TTr', partyCode: null, nd30: true },
  { key: 'hop-dong', name: 'Hợp đồng', code: 'HĐ', partyCode: null, nd30: true },
  { key: 'cong-dien', name: 'Công điện', code: 'CĐ', partyCode: null, nd30: true },
  { key: 'ban-ghi-nho', name: 'Bản ghi nhớ', code: 'BGN', partyCode: null, nd30: true },
  { key: 'ban-thoa-thuan', name: 'Bản thỏa thuận', code: 'BTT', partyCode: null, nd30: true },
  { key: 'giay-uy-quyen', name: 'Giấy ủy quyền', code: 'GUQ', partyCode: null, nd30: true },
  { key: 'giay-moi', name: 'Giấy mời', code: 'GM', partyCode: null, nd30: true },
  { key: 'giay-gioi-thieu', name: 'Giấy giới thiệu', code: 'GGT', partyCode: null, nd30: true },
  { key: 'giay-nghi-phep', name: 'Giấy nghỉ phép', code: 'GNP', partyCode: null, nd30: true },
  { key: 'phieu-gui', name: 'Phiếu gửi', code: 'PG', partyCode: null, nd30: true },
  { key: 'phieu-chuyen', name: 'Phiếu chuyển', code: 'PC', partyCode: null, nd30: true },
  { key: 'phieu-bao', name: 'Phiếu báo', code: 'PB', partyCode: null, nd30: true },
  { key: 'ban-sao-y', name: 'Bản sao y', code: 'SY', partyCode: null, nd30: true },
  { key: 'ban-trich-sao', name: 'Bản trích sao', code: 'TrS', partyCode: null, nd30: true },
  { key: 'ban-sao-luc', name: 'Bản sao lục', code: 'SL', partyCode: null, nd30: true },
  // NĐ 30 types without an abbreviation: recognised by the absence of a type code.
  { key: 'cong-van', name: 'Công văn', code: null, partyCode: 'CV', nd30: true },
  { key: 'thu-cong', name: 'Thư công', code: null, partyCode: null, nd30: true },
  // Party-only.
  { key: 'ket-luan', name: 'Kết luận', code: null, partyCode: 'KL', nd30: false },
  // Legal normative (VBQPPL) types met in citations such as 30/2020/NĐ-CP.
  { key: 'nghi-dinh', name: 'Nghị định', code: 'NĐ', partyCode: null, nd30: false },
  { key: 'thong-tu', name: 'Thông tư', code: 'TT', partyCode: null, nd30: false },
  { key: 'thong-tu-lien-tich', name: 'Thông tư liên tịch', code: 'TTLT', partyCode: null, nd30: false },
  { key: 'luat', name: 'Luật', code: null, partyCode: null, nd30: false },
] as const satisfies readonly DocumentType[];

/** Slug key of a known document type. */
export type DocumentTypeKey = (typeof TYPE_LIST)[number]['key'];

/** All known document types keyed by slug, e.g. DOCUMENT_TYPES['thong-bao'].name === "Thông báo". */
export const DOCUMENT_TYPES = Object.fromEntries(TYPE_LIST.map((t) => [t.key, t])) as Readonly<
  Record<DocumentTypeKey, DocumentType>
>;

/** The 30 abbreviations of NĐ 30 Phụ lục III, exact case (NQ, QĐ, …, CTr, TTr, QyĐ, TrS). */
export const ND30_TYPE_CODES: readonly string[] = TYPE_LIST.flatMap((t) => (t.nd30 && t.code ? [t.code] : []));

/** Type abbreviations used on Party numbers (NQ, QĐ, CT, KL, TB, CV, KH, HD, BC). */
export const PARTY_TYPE_CODES: readonly string[] = TYPE_LIST.flatMap((t) => (t.partyCode ? [t.partyCode] : []));

/** Every known type abbreviation, state and Party, exact case. */
export const ALL_TYPE_CODES: readonly string[] = [
  ...new Set(TYPE_LIST.flatMap((t): string[] => [t.code, t.partyCode].filter((c) => c !== null))),
];

// Upper-casing keeps every code distinct (CT/CTr, TT/TTr, QĐ/QyĐ), so it is a safe case-insensitive key.
// Folding Đ to D is not: HD/HĐ and DA/ĐA would collide.
const caseKey = (code: string): string => normalizeLookalikes(code.trim()).toUpperCase();

const KEY_BY_CODE = new Map<string, DocumentTypeKey>();
for (const t of TYPE_LIST) {
  // A code shared by state and Party numbers (NQ, QĐ, …) names the same type in both systems.
  if (t.code) KEY_BY_CODE.set(caseKey(t.code), t.key);
  if (t.partyCode) KEY_BY_CODE.set(caseKey(t.partyCode), t.key);
}

/** Type key for an abbreviation ("TB" → "thong-bao", "CV" → "cong-van"), case-insensitive but Đ-sensitive; null if unknown. */
export function typeKeyFromCode(code: string): DocumentTypeKey | null {
  return KEY_BY_CODE.get(caseKey(code)) ?? null;
}

/** The exact-case spelling of a known abbreviation among `codes` ("qđ" → "QĐ", "ctr" → "CTr"); null if unknown. */
export function canonicalTypeCode(code: string, codes: readonly string[] = ALL_TYPE_CODES): string | null {
  const wanted = caseKey(code);
  return codes.find((c) => caseKey(c) === wanted) ?? null;
}

const foldTitle = (s: string): string =>
  foldVietnamese(s)
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();

// Longest names first, so "Thông tư liên tịch" wins over "Thông tư".
const TITLE_INDEX = TYPE_LIST.map((t) => ({ folded: foldTitle(t.name), key: t.key as DocumentTypeKey })).sort(
  (a, b) => b.folded.length - a.folded.length,
);

/** Type key from a document's type line ("THÔNG BÁO", "Chỉ thị", "THÔNG BÁO KẾT LUẬN" → "thong-bao"); null if none. */
export function typeKeyFromTitle(title: string): DocumentTypeKey | null {
  const folded = foldTitle(title);
  // The name must be the whole title or its first words (the type line is often followed by the subject).
  const hit = TITLE_INDEX.find(
    ({ folded: name }) => folded === name || (folded.startsWith(name) && /^[\s.,:;(–-]/.test(folded.slice(name.length))),
  );
  return hit?.key ?? null;
}
