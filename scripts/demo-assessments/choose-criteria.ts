/**
 * Which criteria a commune meets, once its count is known: the first `count` of an order drawn once
 * per commune and set, so a commune's met criteria grow year on year instead of being reshuffled.
 */
import type { CriteriaSet } from './inputs.ts';
import { rngFor } from './random.ts';

/** Relative ease of each criterion by set and number (higher: met earlier); unlisted ones weigh DEFAULT_EASE. */
export const EASE: Readonly<Record<string, Readonly<Record<number, number>>>> = {
  // 1 Quy hoạch, 4 Điện, 8 TT&TT, 19 QP-AN come first; 10 Thu nhập, 11 Nghèo, 13 Tổ chức SX, 17 Môi trường last.
  'qd-318-2022': { 1: 12, 2: 4, 3: 6, 4: 12, 5: 4, 6: 5, 7: 6, 8: 10, 9: 6, 10: 1, 11: 1, 12: 5, 13: 1, 14: 6, 15: 5, 16: 6, 17: 1, 18: 7, 19: 12 },
  // Planning and legal access/security are familiar ground; economy, poverty, digital, environment are the new bar.
  'qd-51-2025': { 1: 10, 2: 3, 3: 1, 4: 3, 5: 4, 6: 1.5, 7: 1.5, 8: 1, 9: 6, 10: 8 },
};

/** Weight of a criterion the EASE table does not list. */
export const DEFAULT_EASE = 4;

/** Criterion numbers ordered as a commune meets them: weighted sampling without replacement (Efraimidis–Spirakis). */
export const criterionOrder = (numbers: readonly number[], ease: Readonly<Record<number, number>>, rng: () => number): number[] =>
  [...numbers]
    .sort((a, b) => a - b)
    .map((n) => ({ n, key: Math.pow(rng(), 1 / (ease[n] ?? DEFAULT_EASE)) }))
    .sort((a, b) => b.key - a.key || a.n - b.n)
    .map((x) => x.n);

/** The criteria a commune meets: the first `count` of its order for the set. */
export const metCriteria = (id: string, set: CriteriaSet, count: number): number[] =>
  criterionOrder(set.numbers, EASE[set.set] ?? {}, rngFor(`${id}:${set.set}:order`))
    .slice(0, count)
    .sort((a, b) => a - b);
