// Text normalisation for Vietnamese: one canonical form for storage, one folded form for matching.

// Word and some PDF fonts emit the Icelandic eth (U+00D0/U+00F0) where Vietnamese Đ/đ was meant.
const LOOKALIKE_UPPER = /\u00D0/g;
const LOOKALIKE_LOWER = /\u00F0/g;
const COMBINING_MARKS = /\p{M}/gu;
const D_STROKE = /[đĐ]/g;
const NOT_SLUG = /[^a-z0-9]+/g;
const EDGE_DASHES = /^-+|-+$/g;

/** NFC-compose the text (decomposed tone marks included) and replace the look-alike Ð/ð with Vietnamese Đ/đ. */
export function normalizeLookalikes(s: string): string {
  return s.normalize('NFC').replace(LOOKALIKE_UPPER, '\u0110').replace(LOOKALIKE_LOWER, '\u0111');
}

/** Lowercase, strip every tone and vowel mark, and map đ/Đ to d: "Đặng Văn Minh" → "dang van minh". */
export function foldVietnamese(s: string): string {
  // đ has no Unicode decomposition, so it must be mapped before the marks are stripped.
  return normalizeLookalikes(s)
    .replace(D_STROKE, 'd')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase();
}

/** URL slug: folded text with every run of non-[a-z0-9] turned into one "-": "TP. Quảng Ngãi" → "tp-quang-ngai". */
export function slugify(s: string): string {
  return foldVietnamese(s).replace(NOT_SLUG, '-').replace(EDGE_DASHES, '');
}

const collator = new Intl.Collator('vi');

/** Compare two strings in Vietnamese alphabetical order (a < ă < â, d < đ); usable directly as a sort comparator. */
export function compareVietnamese(a: string, b: string): number {
  // The collator sorts the look-alike Ð far from Đ, so normalise first.
  return collator.compare(normalizeLookalikes(a), normalizeLookalikes(b));
}
