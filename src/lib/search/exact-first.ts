/**
 * "A query typed with diacritics ranks exact matches first." Pagefind matches "Đông" in "Đồng" too (it
 * strips tone marks on both sides) and only multiplies an exact form's score, so a page with "Đồng" in
 * its title can outrank one with "Đông" in its text. The search page therefore runs a query typed
 * with tone marks or đ twice: once with Pagefind's exactDiacritics (only the forms as typed), once as
 * usual, and lists the exact results first. A query typed without marks says nothing about them, so
 * it runs once, and Pagefind's own preference for unmarked forms is switched off (ranking.ts).
 */
import { foldVietnamese } from '../text/fold.ts';

/** Whether the reader typed a tone mark or đ anywhere in the term. */
export const typedWithDiacritics = (term: string): boolean => foldVietnamese(term) !== term.toLowerCase();

/** The exact results in their order, then the others in theirs, each once. */
export function exactFirst<T extends { id: string }>(exact: readonly T[], all: readonly T[]): T[] {
  const first = new Set(exact.map((r) => r.id));
  return [...exact, ...all.filter((r) => !first.has(r.id))];
}
