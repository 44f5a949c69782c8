/**
 * Excerpts for words Pagefind matched outside the page text. Pagefind marks the words it matched in
 * the text; a word typed with d for đ matched the folded metadata copy instead (fold-fields.ts), and
 * a document number typed with spaces matched its number words, so Pagefind's excerpt shows the
 * start of the page with nothing marked. Then the result gets its own excerpt: the stretch of the
 * page text with the most query words, those words marked, compared the way Pagefind compares
 * (folded, punctuation dropped, the query word a prefix of the text word).
 */
import { foldVietnamese } from '../text/fold.ts';

/** A piece of an excerpt: plain text, or a matched word to mark. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const searchable = (word: string): string => foldVietnamese(word).replace(/[^\p{L}\p{N}]/gu, '');
const noLeadingZeros = (s: string): string => s.replace(/^0+(?=\d)/u, '');

/** The query words (already folded, as prepareQuery gives them) that `word` of a page's text matches. */
function matches(word: string, queryWords: readonly string[]): string[] {
  const w = searchable(word);
  if (w === '') return [];
  // "4ctubnd" (a number typed without its zero) still marks "04/CT-UBND" in the text.
  return queryWords.filter((q) => w.startsWith(q) || noLeadingZeros(w).startsWith(noLeadingZeros(q)));
}

const MARKED = /<mark>(.*?)<\/mark>/gsu;

/** How many different query words Pagefind's excerpt (HTML with <mark>) marks. */
export function markedCount(excerptHtml: string, queryWords: readonly string[]): number {
  const found = new Set<string>();
  for (const [, text = ''] of excerptHtml.matchAll(MARKED)) for (const q of matches(text, queryWords)) found.add(q);
  return found.size;
}

/**
 * An excerpt of `content` (a page's plain text) of `length` words where the most different query
 * words occur, as parts to render; or null when it would not mark more query words than Pagefind's
 * own excerpt already does (then Pagefind's, chosen by its word weights, is the better one).
 */
export function ownExcerpt(excerptHtml: string, content: string, queryWords: readonly string[], length = 24): ExcerptPart[] | null {
  const words = content.split(/\s+/u).filter((w) => w !== '');
  const hits = words.map((w) => matches(w, queryWords));
  let best = { start: 0, count: 0 };
  for (let start = 0; start < words.length; start++) {
    if (hits[start]!.length === 0) continue;
    const count = new Set(hits.slice(start, start + length).flat()).size;
    if (count > best.count) best = { start, count };
  }
  if (best.count <= markedCount(excerptHtml, queryWords)) return null;
  // Start a few words before the first match, so it is read in context.
  const start = Math.max(0, Math.min(best.start - 3, words.length - length));
  const end = Math.min(words.length, start + length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.mark === mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > 0) push('… ', false);
  for (let i = start; i < end; i++) {
    if (i > start) push(' ', false);
    push(words[i]!, hits[i]!.length > 0);
  }
  if (end < words.length) push(' …', false);
  return parts;
}
