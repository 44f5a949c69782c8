/**
 * The documents a directive cites, for its `cites` field: every number `findCitations` finds in the
 * subject and the text, once per document (same number key and no conflicting date), without the
 * document's own number, with the date and body only where the text gives them. A body the text
 * names without its place ("của UBND tỉnh") is the one above the issuer, and gets its place when the
 * issuer's unit is known.
 */
import { gatherCitations } from '../citations/outgoing.ts';

/** One entry of `cites`, in the order the front matter writes it. */
export interface CitedDocument {
  number: string;
  date?: string;
  issuer?: string;
}

// A body named by its kind only: "UBND tỉnh", "Chủ tịch UBND thành phố", "HĐND huyện", "Tỉnh ủy".
const BARE = /^((?:Chủ tịch\s+)?(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân))\s+(tỉnh|huyện|quận|thành phố|thị xã|xã|phường|thị trấn)$/u;
const BARE_COMMITTEE = /^(Tỉnh|Huyện|Quận|Thành|Thị) ủy$/u;
const COMMITTEE_KIND: Record<string, string> = { Tỉnh: 'tỉnh', Huyện: 'huyện', Quận: 'quận', Thành: 'thành phố', Thị: 'thị xã' };

/** "UBND tỉnh" → "UBND tỉnh Quảng Ngãi" when `places` names the province; otherwise unchanged. */
export function withPlace(issuer: string, places: ReadonlyMap<string, string>): string {
  const m = BARE.exec(issuer);
  if (m) {
    const name = places.get(m[2]!);
    return name ? `${issuer} ${name}` : issuer;
  }
  const c = BARE_COMMITTEE.exec(issuer);
  const name = c ? places.get(COMMITTEE_KIND[c[1]!]!) : undefined;
  return name ? `${issuer} ${name}` : issuer;
}

/** Cited documents in order of first mention; `ownKeys` are the keys of the document's own number. */
export function citedDocuments(texts: readonly string[], ownKeys: readonly string[], places: ReadonlyMap<string, string> = new Map()): CitedDocument[] {
  return gatherCitations([], texts, ownKeys).map((o) => ({
    number: o.number,
    ...(o.date ? { date: o.date } : {}),
    ...(o.issuer ? { issuer: withPlace(o.issuer, places) } : {}),
  }));
}
