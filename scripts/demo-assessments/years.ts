/** The years the demo covers, and the day of a year on which units and criteria sets are resolved. */

/** Years assessed against the old units, and against the current ones. */
export interface Years {
  old: readonly number[];
  current: readonly number[];
}

/** The demo years. */
export const YEARS: Years = { old: [2021, 2022, 2023, 2024], current: [2025, 2026] };

/** 31/12 of `year` as an ISO day: an assessment is of the unit and the set in force at the year's end. */
export const yearEnd = (year: number): string => `${year}-12-31`;
