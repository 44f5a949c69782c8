/**
 * Why the index carries folded copies of some words. Pagefind 1.6 strips tone marks when it indexes
 * and when it searches, so "cong van" finds "công văn"; but Đ has no Unicode decomposition, so it is
 * not a tone mark to Pagefind: "dien" does not find "điện", "dai dong" misses "Đại Đồng". Readers
 * type d for đ all the time (phones, keyboards without Telex).
 *
 * The fix is in what is indexed: every page gives Pagefind, as search-only metadata, the words of its
 * text that contain đ, written with d. A d-query matches those; a query typed with đ matches only the
 * page's own words, which Pagefind ranks by their weight and diacritics, so exact matches come first.
 * Only words with đ are copied (the others already match), each once per page, so the copy is small:
 * see README, "Tìm kiếm", for the sizes measured. Metadata, unlike hidden page text, never shows in an
 * excerpt, and its weight is set at search time (ranking.ts): the folded title weighs like the title,
 * so "xa dai dong" still puts Xã Đại Đồng above a long document that uses both words somewhere.
 *
 * Expanding the query instead (searching "dai dong", "đai dong", "dai đong", "đai đong") costs no
 * index bytes but was rejected: 2^n searches for n words with d, results whose scores come from
 * different searches, and filter counts that cannot be added up across overlapping result sets.
 */
import { foldVietnamese, normalizeLookalikes } from '../text/fold.ts';

const HAS_D = /[đĐ]/u;
// A word, with the "/", "-", "." or "&" inside document numbers and codes ("512/SNN-VPĐP", "HĐND").
const WORD = /[\p{L}\p{N}]+(?:[/\-.&][\p{L}\p{N}]+)*/gu;

/** The words of `texts` that contain đ, folded ("Điện" → "dien"), each once, in order of appearance. */
export function foldedDWords(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    for (const [word] of normalizeLookalikes(text).matchAll(WORD)) {
      if (HAS_D.test(word)) seen.add(foldVietnamese(word));
    }
  }
  return [...seen];
}

/** Search-only metadata: the folded title (whole, so it matches like the title) and the other folded words. */
export interface FoldFields {
  /** The title folded, when it has đ; "" otherwise (Pagefind already matches it). */
  fold_title: string;
  /** Folded words with đ from everything else searchable on the page, without those of the title. */
  fold_text: string;
}

/** The folded copies for a page with this title and these other searchable texts. */
export function foldFields(title: string, texts: readonly string[]): FoldFields {
  const inTitle = new Set(foldedDWords([title]));
  return {
    fold_title: inTitle.size > 0 ? foldVietnamese(normalizeLookalikes(title)).replace(/\s+/gu, ' ').trim() : '',
    fold_text: foldedDWords(texts)
      .filter((w) => !inTitle.has(w))
      .join(' '),
  };
}
