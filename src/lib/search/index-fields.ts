/** What a page gives the search index beyond its text (rendered by components/search/IndexFields.astro). */

export interface IndexFieldsProps {
  /** The kind of page, e.g. "Văn bản"; also the `kind` filter. */
  kind: string;
  /** Filter values by filter name; a page may have several values per filter, or none. */
  filters: Record<string, string[]>;
  /** One value per name, returned with each result. */
  meta: Record<string, string>;
  /** Sort keys; Pagefind sorts numerically when every page's value is a number. */
  sort: Record<string, string>;
}

// Pagefind reads "key[attribute]" and splits on commas, and reserves these words for compound filters.
const VALID = /^[a-z][a-z0-9_-]*$/;
const RESERVED = new Set(['any', 'all', 'none', 'not']);

/** Throws when `key` cannot be used as a Pagefind filter, metadata or sort name; returns it otherwise. */
export function checkFieldKey(key: string): string {
  if (!VALID.test(key) || RESERVED.has(key)) {
    throw new Error(`Search index field "${key}" must be lowercase letters, digits, "-" or "_", and not any/all/none/not.`);
  }
  return key;
}
