import { describe, expect, it } from 'vitest';
import { historyBars } from './history-bars.ts';

describe('historyBars', () => {
  it('draws one bar a year, in year order, its height the share met', () => {
    const l = historyBars([
      { year: 2026, set: 'b', met: 5, total: 10 },
      { year: 2024, set: 'a', met: 19, total: 19 },
    ]);
    expect(l.bars.map((b) => [b.year, b.label])).toEqual([
      [2024, '19/19'],
      [2026, '5/10'],
    ]);
    const full = l.baseline - l.top;
    expect(l.bars[0]!.height).toBeCloseTo(full, 0);
    expect(l.bars[1]!.height).toBeCloseTo(full / 2, 0);
    for (const b of l.bars) {
      expect(b.y + b.height).toBeCloseTo(l.baseline, 5);
      expect(b.x + b.width).toBeLessThanOrEqual(l.width);
    }
  });

  it('draws nothing wrong for an empty set or no points', () => {
    expect(historyBars([]).bars).toEqual([]);
    expect(historyBars([{ year: 2021, set: 'a', met: 0, total: 0 }]).bars[0]!.height).toBe(0);
  });
});
