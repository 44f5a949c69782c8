/**
 * Looks up administrative units by code *at a date*. GSO codes were reused by the 1/7/2025 reform,
 * so a code alone does not name a unit: 29489 is Xã Hàm Tân (Trà Vinh) before, Xã Hàm Giang (Vĩnh
 * Long) after. Every reference in the data resolves through here.
 */

/** The fields of a unit the index needs. */
export interface UnitLike {
  code: string;
  valid_from?: string;
  valid_to?: string;
}

/** Stable identity of a unit: its code and the first day it was in force ("-" when unknown). */
export const unitId = (u: UnitLike): string => `${u.code}:${u.valid_from ?? '-'}`;

/** True when the unit was in force on the ISO day `date`. */
export const inForce = (u: UnitLike, date: string): boolean =>
  (u.valid_from === undefined || u.valid_from <= date) && (u.valid_to === undefined || date <= u.valid_to);

/** An index of units by code. */
export interface UnitIndex<U extends UnitLike> {
  /** The unit with this code in force on `date`, if any. */
  at(code: string, date: string): U | undefined;
  /** Every unit that ever had this code, oldest first. */
  withCode(code: string): readonly U[];
  byId(id: string): U | undefined;
}

/** Builds the index once; lookups are then O(units sharing a code). */
export const indexUnits = <U extends UnitLike>(units: readonly U[]): UnitIndex<U> => {
  const byCode = new Map<string, U[]>();
  const byId = new Map<string, U>();
  for (const u of units) {
    const list = byCode.get(u.code) ?? [];
    list.push(u);
    byCode.set(u.code, list);
    byId.set(unitId(u), u);
  }
  for (const list of byCode.values()) list.sort((a, b) => (a.valid_from ?? '').localeCompare(b.valid_from ?? ''));
  return {
    at: (code, date) => byCode.get(code)?.find((u) => inForce(u, date)),
    withCode: (code) => byCode.get(code) ?? [],
    byId: (id) => byId.get(id),
  };
};

/** The day before an ISO date (lineage: the old unit is looked up the day before the change). */
export const dayBefore = (iso: string): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

/** The day after an ISO date (a unit in force until 30/6/2025 is gone from 1/7/2025). */
export const dayAfter = (iso: string): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};
