/**
 * What a search result shows besides its title and excerpt, from the fields the page put in the
 * index (site/search-fields.ts): the kind and date for every page, the number and issuing body of a
 * directive, the level of a commune and the units it was formed from, and whether a unit has ceased.
 */

/** The part of a Pagefind result this needs. */
export interface ResultFields {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface ResultView {
  /** Kind, date and (for a unit) level, to join with " · ". */
  about: string[];
  /** A unit that ceased in a reform (its page is under /dia-phuong/truoc-<year>/). */
  former: boolean;
  /** A directive's number in force; "" for other pages. */
  number: string;
  /** Numbers struck on the original and replaced by `number`. */
  struck: string[];
  issuer: string;
  /** The units a current unit was formed from, "" when none. */
  formerly: string;
}

/** Between the number in force and the struck ones in a directive's `number` field. */
export const NUMBER_SEPARATOR = ' · ';

// Pages of units that ceased live under /dia-phuong/truoc-<year>/ (lib/units/unit-path.ts).
const FORMER_UNIT = /\/dia-phuong\/truoc-\d{4}\//u;

/** The lines of one result. */
export function resultView(r: ResultFields): ResultView {
  const m = (key: string) => r.meta[key]?.trim() ?? '';
  const [number = '', ...struck] = m('number').split(NUMBER_SEPARATOR).map((n) => n.trim());
  return {
    about: [r.filters.kind?.[0] ?? '', m('date'), m('level')].filter((s) => s !== ''),
    former: FORMER_UNIT.test(r.url),
    number,
    struck,
    issuer: m('issuer'),
    formerly: m('formerly'),
  };
}
