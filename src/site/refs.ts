/** Turns data references into names and links, using the portal's indexes. */
import type { UnitRef } from '../schemas/refs.ts';
import type { Portal } from './portal.ts';
import { parsePartialDate, partialDateEnd } from '../lib/dates/partial-date.ts';
import { unitFullName, unitPath } from '../lib/units/unit-path.ts';
import { directiveTitle } from '../lib/directives/title.ts';
import { t } from '../i18n/vi.ts';

/** The last day a partial date covers, or today for an undated entry. */
export const endOfDate = (value: string): string => {
  const d = parsePartialDate(value);
  return (d && partialDateEnd(d)) ?? new Date().toISOString().slice(0, 10);
};

/** Units named by an entry, resolved at its date; validation guarantees they exist. */
export const localityLinks = (p: Portal, refs: readonly UnitRef[], date: string) =>
  refs.flatMap((r) => {
    const u = p.unitIndex.at(r.code, r.at ?? endOfDate(date));
    return u ? [{ name: unitFullName(u), path: unitPath(u) }] : [];
  });

/** Link text for every directive and news entry, by id, for source links. */
export const entryTitles = (p: Portal): Map<string, string> =>
  new Map([
    ...p.directives.map((d) => [d.id, directiveTitle(d.data, t('directive.noNumber'))] as const),
    ...p.news.map((n) => [n.id, n.data.title] as const),
  ]);
