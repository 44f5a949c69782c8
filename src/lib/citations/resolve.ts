/**
 * Decides which held document a citation points to. A number alone is not an identity: every UBND
 * numbers its own "43/TB-UBND" and every district Party committee its own "815-CV/HU". So a citation
 * links only when the number matches AND something else agrees: the date, the issuing body, or the
 * citing document's own body (a body citing its own earlier document by number). Numbers that are
 * unique nationally (a legal document of a central body: 51/2025/QĐ-TTg) need nothing more.
 */
import { documentNumberKey, numberSearchKeys, parseDocumentNumber, type NumberFamily } from '../docnum/parse.ts';
import { numberOf, type NumberParts } from '../directives/number-of.ts';
import { issuerKey } from '../directives/issuer.ts';

/** What resolution needs to know of a document the portal holds. */
export interface HeldDocument {
  id: string;
  /** Every key that finds it: the number in force and any struck (corrected) number. */
  keys: string[];
  issuerKey: string;
  /** Partial ISO date ("2024-01-26", "2024-01", "2024", ""). */
  date: string;
  family: NumberFamily;
  bodyCode: string | null;
}

/** A citation as read from metadata or text. */
export interface Mention {
  number: string;
  date?: string | null;
  issuer?: string | null;
  /** Id of the held document, set by hand; wins over everything. */
  directive?: string | null;
}

/** Where a citation leads: a held document, a guess worth showing but not linking, or nothing held. */
export type Resolution =
  | { status: 'held'; id: string }
  | { status: 'possible'; ids: string[] }
  | { status: 'absent' };

export type CitationIndex = Map<string, HeldDocument[]>;

/** The held-document record of a directive. */
export function heldDocument(id: string, d: { number: string; number_parts?: NumberParts; issuer: string; date: string }): HeldDocument {
  const parsed = numberOf(d.number, d.number_parts);
  return { id, keys: numberSearchKeys(parsed), issuerKey: issuerKey(d.issuer), date: d.date, family: parsed.family, bodyCode: parsed.bodyCode };
}

/** Index held documents by each of their keys. */
export function buildCitationIndex(docs: readonly HeldDocument[]): CitationIndex {
  const index: CitationIndex = new Map();
  for (const doc of docs)
    for (const key of doc.keys) {
      const list = index.get(key) ?? [];
      list.push(doc);
      index.set(key, list);
    }
  return index;
}

// Bodies that exist once per province, district or commune: their numbers repeat across the country.
const LOCAL_BODIES = new Set(['UBND', 'HĐND', 'TU', 'HU', 'QU', 'TXU', 'ĐU', 'BCĐ', 'VPĐP']);

/** True when a date given in a citation fits the held document's (possibly partial) date. */
const datesAgree = (held: string, cited: string): boolean =>
  held !== '' && cited !== '' && (held.startsWith(cited) || cited.startsWith(held));

// "Chủ tịch UBND tỉnh X" signs for "UBND tỉnh X"; a citation may name the body without its place
// ("của UBND tỉnh"), which then fits any body of that kind.
const bare = (key: string): string => key.replace(/^chu-tich-/, '');
const issuersAgree = (held: string, cited: string): boolean => {
  const [a, b] = [bare(held), bare(cited)];
  return a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
};

/** Where `mention`, made in the document `citing` (its id and body), leads. */
export function resolveMention(index: CitationIndex, mention: Mention, citing: { id: string; issuerKey: string | null }): Resolution {
  if (mention.directive) return { status: 'held', id: mention.directive };
  const parsed = parseDocumentNumber(mention.number);
  const key = documentNumberKey(parsed);
  let candidates = (index.get(key) ?? []).filter((d) => d.id !== citing.id);
  const date = mention.date ?? '';
  const issuer = mention.issuer ? issuerKey(mention.issuer) : '';
  if (date !== '') candidates = candidates.filter((d) => d.date === '' || datesAgree(d.date, date));
  if (issuer !== '') candidates = candidates.filter((d) => issuersAgree(d.issuerKey, issuer));
  if (candidates.length === 0) return { status: 'absent' };
  const agreeing = candidates.filter(
    (d) =>
      (date !== '' && datesAgree(d.date, date)) ||
      (issuer !== '' && bare(d.issuerKey) === bare(issuer)) ||
      (citing.issuerKey !== null && d.issuerKey === citing.issuerKey) ||
      (d.family === 'legal' && !LOCAL_BODIES.has(d.bodyCode ?? '')),
  );
  if (agreeing.length === 1) return { status: 'held', id: agreeing[0]!.id };
  return { status: 'possible', ids: candidates.map((d) => d.id) };
}
