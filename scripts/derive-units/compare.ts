/**
 * Orderings shared by the derived tables and outlines. Plain code-point comparison is
 * locale-independent, so every machine writes the same bytes.
 */

/** Code-point order of two strings (-1, 0 or 1), never locale-aware. */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Order of two unit codes: shorter first (2-digit provinces, then districts, then communes), then by code. */
export const cmpCode = (a: string, b: string): number => a.length - b.length || cmp(a, b);
