/**
 * A comparison key for issuing bodies, so "UBND tỉnh Quảng Trị" and "Ủy ban nhân dân tỉnh Quảng Trị"
 * are the same body when checking for repeated numbers and when filtering the library.
 */
import { slugify } from '../text/fold.ts';

// Abbreviations in document headers, expanded before comparing (order matters: longest first).
const EXPANSIONS: readonly [RegExp, string][] = [
  [/\bUBND\b/gu, 'Ủy ban nhân dân'],
  [/\bHĐND\b/gu, 'Hội đồng nhân dân'],
  [/\bUBMTTQ(VN)?\b/gu, 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
  [/\bTP\.\s*/gu, 'thành phố '],
  [/\bTX\.\s*/gu, 'thị xã '],
];

/** Expands the usual header abbreviations in a body's name. */
export const expandIssuer = (name: string): string =>
  EXPANSIONS.reduce((s, [re, full]) => s.replace(re, full), name.normalize('NFC')).replace(/\s+/g, ' ').trim();

/** A slug that is the same for the abbreviated and the full name of a body. */
export const issuerKey = (name: string): string => slugify(expandIssuer(name));
