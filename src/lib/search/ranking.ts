/**
 * Search-only metadata fields and how much a match in each weighs. Pagefind searches every metadata
 * field and boosts a page by the field's weight times the share of the query it covers; the weights
 * are a search option, so they live here for both the index (field names) and the browser (weights).
 */

/** Metadata that exists to be searched, never shown: folded copies (fold-fields.ts) and number words (number-words.ts). */
export const SEARCH_ONLY_META = ['fold_title', 'fold_text', 'number_words'] as const;

/**
 * Weights of metadata matches (fields not listed weigh 1). The folded title weighs like the title,
 * so a d-query ranks a page by its title as the query typed with đ would. A document's own number
 * outweighs everything: "43/TB-UBND" must put the documents with that number above those citing it.
 */
export const META_WEIGHTS: Readonly<Record<string, number>> = {
  title: 5,
  fold_title: 5,
  number_words: 10,
};

/**
 * Pagefind's bonus for a word whose marks are exactly as typed (0.8 by default). Off: a query typed
 * without marks is how people type, not a wish for unmarked words ("cong van" means "công văn"), and
 * a query typed with marks gets its exact matches first by a search of its own (exact-first.ts).
 */
export const DIACRITIC_SIMILARITY = 0;
