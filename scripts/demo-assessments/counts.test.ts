import { describe, expect, it } from 'vitest';
import { completionYears, mergedCount, nextCount, oldCounts } from './counts.ts';
import type { Profile } from './scopes.ts';

describe('old counts', () => {
  const profile: Profile = { complete: { 2021: 0.2, 2022: 0.1, 2023: 0.1, 2024: 0.1 }, shortfall: [0.05, 0.45] };
  const years = [2021, 2022, 2023, 2024];

  it('stay within 0..total, gain at most 2 and lose at most 1 a year, and complete exactly when told', () => {
    for (const total of [3, 10, 19]) {
      for (let i = 0; i < 300; i++) {
        const completion = [2021, 2022, 2023, 2024, undefined][i % 5];
        const counts = oldCounts(`u${i}`, years, total, completion, profile);
        counts.forEach((c, k) => {
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThanOrEqual(total);
          expect(c === total).toBe(completion !== undefined && years[k]! >= completion);
          if (k > 0) expect(c - counts[k - 1]!).toBeGreaterThanOrEqual(-1);
          if (k > 0) expect(c - counts[k - 1]!).toBeLessThanOrEqual(2);
        });
      }
    }
  });

  it('assigns completion years in exactly the profile shares, recognised communes first', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `c${i}`);
    const years_ = completionYears(ids, { complete: { 2021: 0.3, 2022: 0.2 }, shortfall: [0, 0] }, years, new Map([['c99', 2023]]));
    const tally = (y: number | undefined) => [...years_.values()].filter((v) => v === y).length;
    expect([tally(2021), tally(2022), tally(2023), tally(undefined)]).toEqual([30, 20, 0, 50]);
    expect(years_.get('c99')).toBe(2021);
  });
});

describe('current counts', () => {
  it('keeps a merged commune complete only when all its parts were', () => {
    expect(mergedCount('x', 2025, [{ met: 19, total: 19 }, { met: 19, total: 19 }], 19)).toBe(19);
    for (let i = 0; i < 50; i++) {
      const n = mergedCount(`x${i}`, 2025, [{ met: 19, total: 19 }, { met: 18, total: 19 }], 19);
      expect(n).toBeGreaterThanOrEqual(17);
      expect(n).toBeLessThan(19);
    }
  });

  it('maps onto a stricter new set and stays within it', () => {
    for (let i = 0; i < 200; i++) {
      const n = nextCount(`x${i}`, 2026, { met: 19, total: 19 }, 10, true);
      expect(n).toBeGreaterThanOrEqual(6);
      expect(n).toBeLessThanOrEqual(8);
      expect(nextCount(`x${i}`, 2026, { met: 3, total: 3 }, 3, false)).toBe(3);
    }
  });
});
