/**
 * The documents one entry cites, gathered from its metadata (`cites`, `reports`) and its text, merged
 * so each cited document is listed once, and resolved against the documents the portal holds.
 */
import { documentNumberKey, parseDocumentNumber } from '../docnum/parse.ts';
import type { DocumentTypeKey } from '../docnum/types.ts';
import { findCitations, typeFromNumber } from './find-citations.ts';
import { resolveMention, type CitationIndex, type Mention, type Resolution } from './resolve.ts';

export interface OutgoingCitation {
  /** The number as first written. */
  number: string;
  key: string;
  typeKey: DocumentTypeKey | null;
  /** Date and body where metadata or text give them ("" when not). */
  date: string;
  issuer: string;
  resolution: Resolution;
}

/** The citing entry: its id, its body's key (null for news) and the keys of its own number. */
export interface Citing {
  id: string;
  issuerKey: string | null;
  ownKeys: readonly string[];
}

/** A cited document before resolution: what metadata and text say of it, merged. */
export type GatheredCitation = Omit<OutgoingCitation, 'resolution'> & { directive: string | null };

/**
 * Each document cited by `mentions` and `texts`, once, in order of first mention, without the citing
 * document's own number (`ownKeys`). Later mentions fill in a date or body the first left out.
 */
export function gatherCitations(mentions: readonly Mention[], texts: readonly string[], ownKeys: readonly string[]): GatheredCitation[] {
  const found: (Mention & { key: string; typeKey: DocumentTypeKey | null })[] = [
    ...mentions.map((m) => {
      const parsed = parseDocumentNumber(m.number);
      return { ...m, key: documentNumberKey(parsed), typeKey: typeFromNumber(parsed) };
    }),
    ...texts.flatMap((text) => findCitations(text)),
  ];
  const gathered: GatheredCitation[] = [];
  for (const m of found) {
    if (m.key === '' || ownKeys.includes(m.key)) continue;
    const date = m.date ?? '';
    // The same number with two different dates is two documents (two bodies); without a date it is
    // the one already listed.
    const same = gathered.find((o) => o.key === m.key && (date === '' || o.date === '' || o.date === date));
    if (!same) {
      gathered.push({ number: m.number, key: m.key, typeKey: m.typeKey, date, issuer: m.issuer ?? '', directive: m.directive ?? null });
      continue;
    }
    same.date ||= date;
    same.issuer ||= m.issuer ?? '';
    same.typeKey ??= m.typeKey;
    same.directive ??= m.directive ?? null;
  }
  return gathered;
}

/** Every document `citing` cites, in order of first mention: metadata first, then the texts, resolved. */
export function outgoingCitations(index: CitationIndex, citing: Citing, mentions: readonly Mention[], texts: readonly string[]): OutgoingCitation[] {
  return gatherCitations(mentions, texts, citing.ownKeys).map(({ directive, ...o }) => ({
    ...o,
    resolution: resolveMention(index, { ...o, directive }, citing),
  }));
}
