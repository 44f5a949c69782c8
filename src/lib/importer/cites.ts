/**
 * The documents a directive cites, for its `cites` field: every number `findCitations` finds in the
 * subject and the text, once per document (same number key and no conflicting date), without the
 * document's own number, with the date and body only where the text gives them. A body the text
 * names without its place ("của UBND tỉnh") is the one above the issuer, and gets its place when the
 * issuer's unit is known.
 */
import { findCitations } from '../citations/find-citations.ts';

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

// Where a body's name ends and the sentence goes on: a quoted title, or a clause ("đối với…", "chưa được…").
const NAME_END = /\s*[“"«(]|\s+(?:đối với|chưa|đã|sẽ|được|bị|nhiệm kỳ|giai đoạn|về|quy định|phê duyệt|ban hành|hướng dẫn|tại|cho|với|nhằm|theo|trong|năm\s+\d)(?!\p{L})/u;

/** The body's name without the words of the sentence that follow it: "UBND thành phố đối với…" → "UBND thành phố". */
export function issuerName(text: string): string {
  const m = NAME_END.exec(text);
  return (m ? text.slice(0, m.index) : text).replace(/[\s,;:.]+$/u, '').trim();
}

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
  const out: (CitedDocument & { key: string })[] = [];
  for (const c of texts.flatMap((t) => findCitations(t))) {
    if (ownKeys.includes(c.key)) continue;
    const same = out.find((o) => o.key === c.key && (c.date === null || o.date === undefined || o.date === c.date));
    const issuer = c.issuer && issuerName(c.issuer) ? withPlace(issuerName(c.issuer), places) : undefined;
    if (!same) {
      out.push({ key: c.key, number: c.number, ...(c.date ? { date: c.date } : {}), ...(issuer ? { issuer } : {}) });
      continue;
    }
    // A later mention may give what the first left out.
    if (same.date === undefined && c.date) same.date = c.date;
    if (same.issuer === undefined && issuer) same.issuer = issuer;
  }
  return out.map((o) => ({ number: o.number, ...(o.date ? { date: o.date } : {}), ...(o.issuer ? { issuer: o.issuer } : {}) }));
}
