/**
 * The citations of a directive or an article, from its metadata and its text, resolved against the
 * held directives. The build's Markdown plugin and the pages both call these, so a number linked in
 * the text is exactly a number listed as held under "Văn bản dẫn chiếu".
 */
import { numberOf, type NumberParts } from '../directives/number-of.ts';
import { numberSearchKeys } from '../docnum/parse.ts';
import { issuerKey } from '../directives/issuer.ts';
import type { Citation } from './find-citations.ts';
import { outgoingCitations, type OutgoingCitation } from './outgoing.ts';
import { buildCitationIndex, heldDocument, type CitationIndex, type Mention } from './resolve.ts';

interface DirectiveLike {
  id: string;
  body?: string;
  data: { number: string; number_parts?: NumberParts; issuer: string; date: string; subject: string; cites: readonly Mention[] };
}
interface NewsLike {
  id: string;
  body?: string;
  data: { title: string; summary: string; reports: readonly Mention[]; cites: readonly Mention[] };
}

/** The index of every held directive. */
export const citationIndexOf = (directives: readonly DirectiveLike[]): CitationIndex =>
  buildCitationIndex(directives.map((e) => heldDocument(e.id, e.data)));

/** What a directive cites: its `cites`, then numbers in its subject and text. */
export const directiveCitations = (index: CitationIndex, e: DirectiveLike): OutgoingCitation[] =>
  outgoingCitations(
    index,
    { id: e.id, issuerKey: issuerKey(e.data.issuer), ownKeys: numberSearchKeys(numberOf(e.data.number, e.data.number_parts)) },
    e.data.cites,
    [e.data.subject, e.body ?? ''],
  );

/** What an article reports and cites, then numbers in its title, summary and text. */
export const newsCitations = (index: CitationIndex, e: NewsLike): OutgoingCitation[] =>
  outgoingCitations(index, { id: e.id, issuerKey: null, ownKeys: [] }, [...e.data.reports, ...e.data.cites], [e.data.title, e.data.summary, e.body ?? '']);

/** The listed citation an occurrence in the text belongs to (same number, no conflicting date). */
export const listedCitation = (listed: readonly OutgoingCitation[], c: Citation): OutgoingCitation | undefined =>
  listed.find((o) => o.key === c.key && (c.date === null || o.date === '' || o.date === c.date));
