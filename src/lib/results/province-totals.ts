/**
 * Figures computed from commune assessments, per current province, year and criteria set: how many
 * communes were assessed, how many met every criterion, and the average number met. Communes of a
 * former province count towards the province it joined (through the unit graph's provinceOf).
 */
import type { Assessment } from '../criteria/group-assessments.ts';
import { groupAverage, type CriterionInfo } from '../units/unit-summary.ts';

/** One computed row. */
export interface ProvinceTotal {
  /** Id of the current province. */
  province: string;
  year: number;
  set: string;
  count: number;
  complete: number;
  average?: number;
  /** True when any assessment counted is invented demo data. */
  illustrative: boolean;
}

/** Totals for every province, year and set present in the assessments, in that order. */
export const provinceTotals = (
  assessments: readonly Assessment[],
  provinceOf: ReadonlyMap<string, string>,
  criteria: readonly CriterionInfo[],
): ProvinceTotal[] => {
  const groups = new Map<string, Assessment[]>();
  for (const a of assessments) {
    const province = provinceOf.get(a.unit);
    if (!province) continue;
    const key = `${province}|${a.year}|${a.set}`;
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, list]) => {
      const [province, year, set] = key.split('|') as [string, string, string];
      return { province, year: Number(year), set, ...groupAverage(list, criteria, Number(year), set), illustrative: list.some((a) => a.illustrative) };
    });
};
