/** Turns data references into names and links, using the portal's indexes. */
import type { UnitRef } from '../schemas/refs.ts';
import { endOfDate, type Portal } from './portal.ts';
import { unitFullName, unitPath } from '../lib/units/unit-path.ts';
import { directiveTitle } from '../lib/directives/title.ts';
import { t } from '../i18n/vi.ts';


export { endOfDate };

/** Units named by an entry, resolved at its date; validation guarantees they exist. */
export const localityLinks = (p: Portal, refs: readonly UnitRef[], date: string) =>
  refs.flatMap((r) => {
    const u = p.unitIndex.at(r.code, r.at ?? endOfDate(date));
    return u ? [{ name: unitFullName(u), path: unitPath(u) }] : [];
  });

/** Link text for every directive and news entry, by id, for source links. */
export const entryTitles = (p: Portal): Map<string, string> =>
  new Map([
    ...p.directives.map((d) => [d.id, titleOf(d.data)] as const),
    ...p.news.map((n) => [n.id, n.data.title] as const),
  ]);

/** A directive's title in the interface's words: "Công văn 20/UBND-NN". */
export const titleOf = (d: Parameters<typeof directiveTitle>[0]): string =>
  directiveTitle(d, { noNumber: t('directive.noNumber'), symbol: t('directive.symbol') });
