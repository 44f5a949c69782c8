import { describe, expect, it } from 'vitest';
import { criteriaBuckets, distribute } from './buckets.ts';

const ranges = (total: number) => criteriaBuckets(total).map((b) => (b.from === b.to ? `${b.from}` : `${b.from}–${b.to}`));

describe('criteriaBuckets', () => {
  it('gives the bands reports use for the 19 criteria of 2021–2025', () => {
    expect(ranges(19)).toEqual(['19', '15–18', '10–14', '5–9', '0–4']);
  });

  it('derives five bands for the 10 criteria of 2026–2030', () => {
    expect(ranges(10)).toEqual(['10', '9', '6–8', '3–5', '0–2']);
  });

  it('covers 0…N exactly once for any size', () => {
    for (let total = 1; total <= 60; total++) {
      const covered = criteriaBuckets(total).flatMap((b) => Array.from({ length: b.to - b.from + 1 }, (_, i) => b.from + i));
      expect(covered.sort((a, b) => a - b)).toEqual(Array.from({ length: total + 1 }, (_, i) => i));
    }
  });

  it('refuses a set without criteria', () => {
    expect(() => criteriaBuckets(0)).toThrow(RangeError);
    expect(() => criteriaBuckets(2.5)).toThrow(RangeError);
  });
});

describe('distribute', () => {
  it('counts communes per band', () => {
    expect(distribute([19, 19, 18, 15, 14, 3], 19).map((b) => b.count)).toEqual([2, 2, 1, 0, 1]);
  });

  it('refuses a count above the set', () => {
    expect(() => distribute([11], 10)).toThrow(RangeError);
  });
});
