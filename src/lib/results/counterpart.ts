/**
 * Reported figures beside computed ones. A reported indicator (data/indicators.csv) has a computed
 * counterpart when the portal can count the same thing from its own rows; a reported figure is then
 * paired with the computed figures describing the latest day not after the report's period, under the
 * same criteria set, and the difference is shown. Nothing is paired across criteria sets.
 */
import { partialDateEnd, parsePartialDate } from '../dates/partial-date.ts';
import { recognisedCount, type ScopeFigures } from './scope-figures.ts';

/** A computed value, as a part of a whole when it counts communes. */
export interface ComputedValue {
  value: number;
  of?: number;
  /** True when the rows it is computed from (assessments, recognitions or both) include invented ones. */
  illustrative: boolean;
}

// Counts of communes recognised at a level (or a higher one) of the set.
const LEVEL_COUNTS: Record<string, string> = {
  'xa-dat-chuan': 'dat-chuan',
  'xa-nang-cao': 'nang-cao',
  'xa-kieu-mau': 'kieu-mau',
  'xa-hien-dai': 'hien-dai',
};
// Shares in percent. The first level is a share of all communes; the higher ones are shares of the
// communes recognised at the first level, as QĐ 263/QĐ-TTg states its targets.
const LEVEL_SHARES: Record<string, string> = {
  'ty-le-xa-dat-chuan': 'dat-chuan',
  'ty-le-xa-nang-cao': 'nang-cao',
  'ty-le-xa-kieu-mau': 'kieu-mau',
  'ty-le-xa-hien-dai': 'hien-dai',
};

/** Indicators the portal can compute from its rows. */
export const COMPUTABLE_INDICATORS: readonly string[] = [
  'xa-dat-du-tieu-chi',
  'xa-du-tieu-chi-chua-cong-nhan',
  'tieu-chi-binh-quan',
  ...Object.keys(LEVEL_COUNTS),
  ...Object.keys(LEVEL_SHARES),
];

const levelCount = (f: ScopeFigures, level: string) => f.levels.find((l) => l.level === level)?.count;

/** The computed value of `indicator` in `f`, or undefined when it cannot be computed (no such level, no base). */
export const computedValue = (indicator: string, f: ScopeFigures): ComputedValue | undefined => {
  const assessed = f.illustrative;
  const recognised = f.recognitionsIllustrative;
  if (indicator === 'xa-dat-du-tieu-chi') return { value: f.complete, of: f.assessed, illustrative: assessed };
  if (indicator === 'xa-du-tieu-chi-chua-cong-nhan') return { value: f.completeNotRecognised, illustrative: assessed || recognised };
  if (indicator === 'tieu-chi-binh-quan') return f.averageMet === undefined ? undefined : { value: f.averageMet, illustrative: assessed };
  const counted = LEVEL_COUNTS[indicator];
  if (counted) {
    const count = levelCount(f, counted);
    return count === undefined ? undefined : { value: count, of: f.communes, illustrative: recognised };
  }
  const shared = LEVEL_SHARES[indicator];
  if (shared) {
    const count = levelCount(f, shared);
    const base = shared === f.levels[0]?.level ? f.communes : recognisedCount(f);
    return count === undefined || base === 0 ? undefined : { value: (100 * count) / base, illustrative: recognised };
  }
  return undefined;
};

/** A reported figure and its computed counterpart. */
export interface Pairing {
  computed: ScopeFigures;
  value: ComputedValue;
  /** Reported minus computed. */
  difference: number;
}

/**
 * Pairs a reported value with the computed figures of the same scope describing the latest day not
 * after the end of its period, under `set` (the criteria set in force at that end).
 */
export const pairReported = (
  reported: { period: string; indicator: string; value?: number },
  computed: readonly ScopeFigures[],
  set: string | undefined,
): Pairing | undefined => {
  const period = parsePartialDate(reported.period);
  const end = period && partialDateEnd(period);
  if (reported.value === undefined || !end || !set) return undefined;
  const match = computed.filter((f) => f.set === set && f.asOf <= end).sort((a, b) => b.asOf.localeCompare(a.asOf))[0];
  const value = match && computedValue(reported.indicator, match);
  return match && value ? { computed: match, value, difference: reported.value - value.value } : undefined;
};
