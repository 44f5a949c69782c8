/** Names for figure scopes: the nation, or a unit resolved at the figure's period. */
import { NATION, type UnitRef } from '../schemas/refs.ts';
import { endOfDate, type Portal } from './portal.ts';
import { unitFullName } from '../lib/units/unit-path.ts';
import { t } from '../i18n/vi.ts';

/** "Cả nước", or the unit's full name with its province for districts and communes. */
export const scopeName = (p: Portal, scope: UnitRef | typeof NATION, period: string): string => {
  if (scope === NATION) return t('results.nation');
  const u = p.unitIndex.at(scope.code, scope.at ?? endOfDate(period));
  if (!u) return scope.code;
  const parent = p.parentOf(u);
  // A unit that no longer exists is marked as former, so "Tỉnh Kon Tum" is not read as today's.
  const name = `${unitFullName(u)}${u.valid_to ? ` (${t('unit.former')})` : ''}`;
  return parent ? `${name}, ${parent.kind} ${parent.name}` : name;
};
