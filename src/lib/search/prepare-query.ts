/**
 * The one step between what a reader typed and what is handed to Pagefind. Today it only tidies the
 * text; folding đ → d and recognising document numbers ("20/UBND-NN") will be added here, so every
 * search box gets them at once.
 */
import { normalizeLookalikes } from '../text/fold.ts';

/** A query ready for the index. */
export interface PreparedQuery {
  /** The query as it should be shown back to the reader (in the box, in "Kết quả cho …"). */
  text: string;
  /** The search term for Pagefind, or null when there is nothing to search for. */
  term: string | null;
}

// Quotes and brackets carry no meaning for the index and would only stick to the words beside them.
const NOISE = /["“”‘’«»()[\]{}]/gu;

/**
 * Tidy a query: one canonical Unicode form (keyboards on some systems send tone marks as separate
 * characters; Word's look-alike Ð becomes Đ), no stray quotes, single spaces, at most 200 characters.
 */
export function prepareQuery(q: string | null | undefined): PreparedQuery {
  const text = normalizeLookalikes(q ?? '')
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, 200)
    .trim();
  const term = text.replace(NOISE, ' ').replace(/\s+/gu, ' ').trim();
  return { text, term: term === '' ? null : term };
}
