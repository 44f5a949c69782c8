/**
 * The one step between what a reader typed and what is handed to Pagefind, so every search box
 * behaves the same. It tidies the text and turns each document number, however it was typed
 * ("43/TB-UBND", "43 tb-ubnd", "04/CT"), into the one word the index holds for it (number-words.ts).
 * Words are otherwise passed as typed: tone marks and đ included, so that Pagefind ranks exact
 * matches first; a word typed with d instead of đ finds the folded copies (fold-fields.ts).
 */
import { foldVietnamese, normalizeLookalikes } from '../text/fold.ts';
import { replaceNumbers } from './number-words.ts';

/** A query ready for the index. */
export interface PreparedQuery {
  /** The query as it should be shown back to the reader (in the box, in "Kết quả cho …"). */
  text: string;
  /** The search term for Pagefind, or null when there is nothing to search for. */
  term: string | null;
  /** The document numbers recognised, as index words ("43tbubnd"). */
  numbers: string[];
  /** Each word of the term folded, letters and digits only: what a result's text is marked with. */
  words: string[];
}

// Quotes and brackets carry no meaning for the index and would only stick to the words beside them.
const NOISE = /["“”‘’«»()[\]{}]/gu;

/**
 * Tidy a query: one canonical Unicode form (keyboards on some systems send tone marks as separate
 * characters; Word's look-alike Ð becomes Đ), no stray quotes, single spaces, at most 200 characters;
 * then each document number becomes its index word.
 */
export function prepareQuery(q: string | null | undefined): PreparedQuery {
  const text = normalizeLookalikes(q ?? '')
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, 200)
    .trim();
  const cleaned = text.replace(NOISE, ' ').replace(/\s+/gu, ' ').trim();
  if (cleaned === '') return { text, term: null, numbers: [], words: [] };
  const { words, numbers } = replaceNumbers(cleaned.split(' '));
  const folded = words.map((w) => foldVietnamese(w).replace(/[^\p{L}\p{N}]/gu, '')).filter((w) => w !== '');
  return { text, term: words.join(' '), numbers, words: [...new Set(folded)] };
}
