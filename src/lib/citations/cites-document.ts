/**
 * Whether an entry cites a given document, such as the document that launched a campaign: through
 * the held directive when the portal has it, otherwise by the same rules that link citations (number
 * plus date, body or own body), applied to the document as described.
 */
import type { OutgoingCitation } from './outgoing.ts';
import { buildCitationIndex, heldDocument, resolveMention, type Mention } from './resolve.ts';

const TARGET = '\u0000target';

/** True when one of `citations`, made by `citing`, is `target` (held as `heldId`, or not held: null). */
export function citesDocument(
  citations: readonly OutgoingCitation[],
  target: Mention,
  heldId: string | null,
  citing: { id: string; issuerKey: string | null },
): boolean {
  if (heldId) return citations.some((c) => c.resolution.status === 'held' && c.resolution.id === heldId);
  const index = buildCitationIndex([heldDocument(TARGET, { number: target.number, issuer: target.issuer ?? '', date: target.date ?? '' })]);
  return citations.some((c) => {
    const r = resolveMention(index, { number: c.number, date: c.date, issuer: c.issuer }, citing);
    return r.status === 'held';
  });
}
