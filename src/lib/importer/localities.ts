/**
 * The unit an issuing body governs, as a suggestion for `localities`: "UBND tỉnh Quảng Trị" in 2020 is
 * province 45, "UBND huyện Tân Uyên" is district 111. Names repeat across the country and codes were
 * reused in 2025, so the name, the kind and the date must all match exactly one unit, else nothing
 * is suggested.
 */
import { partialDateEnd, type PartialDate } from '../dates/partial-date.ts';
import { foldVietnamese } from '../text/fold.ts';
import { inForce } from '../units/unit-index.ts';

/** The fields of a unit row this needs. */
export interface NamedUnit {
  code: string;
  name: string;
  kind: string;
  parent_code?: string;
  valid_from?: string;
  valid_to?: string;
}

const KIND = /(?:^|\s)(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+(\p{Lu}.*)$/u;
const COMMITTEE = /^(Tỉnh|Huyện|Thành|Quận|Thị) ủy\s+(\p{Lu}.*)$/u;
const COMMITTEE_KIND: Record<string, string> = { Tỉnh: 'tỉnh', Huyện: 'huyện', Thành: 'thành phố', Quận: 'quận', Thị: 'thị xã' };

/** The kind and name of the unit a body's name ends with: "UBND thành phố Quảng Ngãi" → thành phố, Quảng Ngãi. */
export function placeOf(body: string): { kind: string; name: string } | null {
  const c = COMMITTEE.exec(body.trim());
  if (c) return { kind: COMMITTEE_KIND[c[1]!]!, name: c[2]!.trim() };
  const m = KIND.exec(body.trim());
  return m ? { kind: m[1]!, name: m[2]!.trim() } : null;
}

const same = (a: string, b: string): boolean => foldVietnamese(a).trim() === foldVietnamese(b).trim();

/** The code of the one unit the issuer governs at the document's date (today when undated); null when none or several. */
export function localityOf(
  issuer: string,
  issuerParent: string | null,
  date: PartialDate,
  units: readonly NamedUnit[],
  today: string,
): string | null {
  const place = placeOf(issuer);
  if (!place) return null;
  const day = partialDateEnd(date) ?? today;
  let found = units.filter((u) => u.kind === place.kind && same(u.name, place.name) && inForce(u, day));
  const parent = issuerParent ? placeOf(issuerParent) : null;
  if (found.length > 1 && parent) {
    const parents = new Set(units.filter((u) => u.kind === parent.kind && same(u.name, parent.name) && inForce(u, day)).map((u) => u.code));
    found = found.filter((u) => u.parent_code !== undefined && parents.has(u.parent_code));
  }
  return found.length === 1 ? found[0]!.code : null;
}

/** Names of the unit `code` and the units above it at `day`, by kind: { "thành phố": "Quảng Ngãi", "tỉnh": "Quảng Ngãi" }. */
export function placeNames(code: string, day: string, units: readonly NamedUnit[]): Map<string, string> {
  const names = new Map<string, string>();
  let current = units.find((u) => u.code === code && inForce(u, day));
  // Three levels at most: commune, district, province.
  for (let depth = 0; current && depth < 3; depth++) {
    if (!names.has(current.kind)) names.set(current.kind, current.name);
    const parent = current.parent_code;
    current = parent === undefined ? undefined : units.find((u) => u.code === parent && inForce(u, day));
  }
  return names;
}
