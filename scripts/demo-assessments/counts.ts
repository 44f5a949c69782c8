/**
 * The count model: how many criteria a commune meets each year (see "Model" in the header of
 * scripts/generate-demo-assessments.ts). Old years are drawn backwards from the year a commune
 * completes; current years follow from the predecessors' last old year.
 */
import type { Profile } from './scopes.ts';
import { clamp, hashString, pickWeighted, rngFor } from './random.ts';

// Yearly gain going forwards (0–2 criteria), and the gain in the year a commune completes (1–2).
const GAINS: readonly (readonly [number, number])[] = [[0, 0.3], [1, 0.45], [2, 0.25]];
const COMPLETING_GAINS: readonly (readonly [number, number])[] = [[1, 0.6], [2, 0.4]];
const JITTER: readonly (readonly [number, number])[] = [[-1, 0.25], [0, 0.5], [1, 0.25]];
// 211/QĐ-TTg (01/3/2024) tightened several criteria, so slipping back is likelier in 2024.
const LOSS_CHANCE: Readonly<Record<number, number>> = { 2024: 0.1 };
const DEFAULT_LOSS_CHANCE = 0.03;
// Under a new, stricter set a commune keeps 15 % of it anyway and at most 70 % for its full old share.
const NEW_SET_FLOOR = 0.15;
const NEW_SET_SPAN = 0.55;

const cumulativeYear = (u: number, profile: Profile, years: readonly number[]): number | undefined => {
  let cum = 0;
  for (const y of years) {
    cum += profile.complete[y] ?? 0;
    if (u < cum) return y;
  }
  return undefined;
};

/** The year each commune first meets every criterion (undefined: not by the last old year). */
// Communes are ranked (recognised ones first, then by a seeded hash) and the rank's quantile picks the
// year from the profile's cumulative shares, so the shares hold exactly rather than only on average.
export const completionYears = (
  ids: readonly string[],
  profile: Profile,
  years: readonly number[],
  pins: ReadonlyMap<string, number>,
): Map<string, number | undefined> => {
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const pinOf = (id: string): number => {
    const p = pins.get(id);
    return p === undefined || p > last ? Infinity : Math.max(p, first);
  };
  const ranked = [...ids].sort((a, b) => pinOf(a) - pinOf(b) || hashString(`${a}:rank`) - hashString(`${b}:rank`) || a.localeCompare(b));
  return new Map(
    ranked.map((id, i) => {
      const year = Math.min(pinOf(id), cumulativeYear((i + 0.5) / ranked.length, profile, years) ?? Infinity);
      return [id, Number.isFinite(year) ? year : undefined];
    }),
  );
};

/** Criteria short of the total in the last old year for a commune that does not complete (at least 1). */
export const shortfall = (id: string, total: number, profile: Profile): number => {
  const [lo, hi] = profile.shortfall;
  return clamp(Math.round(total * (lo + (hi - lo) * rngFor(`${id}:shortfall`)())), 1, total);
};

/** Criteria gained in `year` (negative: lost), drawn with that year's seed. */
export const gainIn = (id: string, year: number, countThen: number, total: number, completing: boolean): number => {
  const rng = rngFor(`${id}:${year}`);
  if (completing) return pickWeighted(COMPLETING_GAINS, rng());
  // A loss is only possible when the year before was not complete either (else it completed earlier).
  if (countThen + 1 < total && rng() < (LOSS_CHANCE[year] ?? DEFAULT_LOSS_CHANCE)) return -1;
  return pickWeighted(GAINS, rng());
};

/** Criteria met per old year (aligned with `years`), drawn backwards from completion or the last year's shortfall. */
export const oldCounts = (id: string, years: readonly number[], total: number, completion: number | undefined, profile: Profile): number[] => {
  const counts = new Array<number>(years.length);
  for (let i = years.length - 1; i >= 0; i--) {
    const year = years[i]!;
    if (completion !== undefined && year >= completion) counts[i] = total;
    else if (i === years.length - 1) counts[i] = total - shortfall(id, total, profile);
    else {
      const next = years[i + 1]!;
      const gain = gainIn(id, next, counts[i + 1]!, total, next === completion);
      counts[i] = clamp(counts[i + 1]! - gain, 0, total - 1);
    }
  }
  return counts;
};

/** A count and the size of the set it was counted against. */
export interface Tally {
  met: number;
  total: number;
}

/** A current commune's count in its first year, from its predecessors' last counts (see the header). */
export const mergedCount = (id: string, year: number, preds: readonly Tally[], total: number): number => {
  if (preds.length > 0 && preds.every((p) => p.met === p.total)) return total;
  const share = preds.reduce((s, p) => s + p.met / p.total, 0) / Math.max(1, preds.length);
  return clamp(Math.round(share * total) + pickWeighted(JITTER, rngFor(`${id}:${year}`)()), 0, total - 1);
};

/** The next year's count: a new, stricter set maps the share met down; the same set gains 0–2. */
export const nextCount = (id: string, year: number, prev: Tally, total: number, newSet: boolean): number => {
  const rng = rngFor(`${id}:${year}`);
  if (!newSet) return clamp(prev.met + pickWeighted(GAINS, rng()), 0, total);
  const share = prev.met / prev.total;
  const base = Math.round(total * (NEW_SET_FLOOR + NEW_SET_SPAN * share));
  return clamp(base + pickWeighted(JITTER, rng()), 0, Math.max(0, total - 1));
};
