/** Which criteria set an assessment year is counted against. */
import type { CriteriaSet } from './inputs.ts';
import { yearEnd } from './years.ts';

/** The set that applies on 31/12 of `year` (how the validator checks it too). */
export const setForYear = (sets: readonly CriteriaSet[], year: number): CriteriaSet => {
  const day = yearEnd(year);
  const set = sets.find((s) => s.appliesFrom <= day && day <= s.appliesTo);
  if (!set) throw new Error(`no criteria set applies in ${year}`);
  if (set.numbers.length === 0) throw new Error(`criteria set ${set.set} has no criteria`);
  return set;
};

/** The one set applying through all `years`; the backward model needs a constant number of criteria. */
export const singleSet = (sets: readonly CriteriaSet[], years: readonly number[]): CriteriaSet => {
  const found = years.map((y) => setForYear(sets, y));
  if (new Set(found.map((s) => s.set)).size !== 1) throw new Error(`the old years ${years.join(', ')} span more than one criteria set`);
  return found[0]!;
};
