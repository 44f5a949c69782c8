/**
 * The id of a news entry: the first words of its headline and its year, e.g.
 * "tra-cu-tang-cuong-cong-tac-lanh-dao-chi-dao-2023". Short enough to read in an address.
 */
import { parsePartialDate } from '../dates/partial-date.ts';
import { slugify } from '../text/fold.ts';

const WORDS = 8;

/** The id of an article from its title and (partial) date. */
export function slugForNews(title: string, date: string): string {
  const words = slugify(title).split('-').filter((w) => w !== '').slice(0, WORDS);
  const year = parsePartialDate(date)?.year;
  return [...words, ...(year ? [String(year)] : [])].join('-');
}
