/** Turns data references into names and links, using the portal's indexes. */
import type { UnitRef } from '../schemas/refs.ts';
import { endOfDate, type Portal } from './portal.ts';
import { unitFullName, unitPath } from '../lib/units/unit-path.ts';

/** Units named by an entry, resolved at its date; validation guarantees they exist. */
export const localityLinks = (p: Portal, refs: readonly UnitRef[], date: string) =>
  refs.flatMap((r) => {
    const u = p.unitIndex.at(r.code, r.at ?? endOfDate(date));
    return u ? [{ code: u.code, name: unitFullName(u), path: unitPath(u) }] : [];
  });
