import { describe, expect, it } from 'vitest';
import { rng } from './rng.ts';

describe('rng', () => {
  it('gives the same draws for the same seed and key, others for another', () => {
    const draw = (seed: number, key: string) => Array.from({ length: 5 }, () => rng(seed, key)).map((r, i) => r.int(0, 1000) + i);
    expect(draw(1, 'a')).toEqual(draw(1, 'a'));
    const a = rng(1, 'a');
    const b = rng(2, 'a');
    expect(Array.from({ length: 8 }, () => a.float())).not.toEqual(Array.from({ length: 8 }, () => b.float()));
  });

  it('samples distinct elements in list order', () => {
    const list = Array.from({ length: 50 }, (_, i) => i);
    const s = rng(3, 'sample').sample(list, 7);
    expect(s).toHaveLength(7);
    expect(new Set(s).size).toBe(7);
    expect([...s].sort((x, y) => x - y)).toEqual(s);
    expect(rng(3, 'sample').sample(list.slice(0, 3), 7)).toEqual([0, 1, 2]);
  });

  it('keeps ints in range and weighted picks to their options', () => {
    const r = rng(4, 'range');
    for (let i = 0; i < 200; i++) {
      const n = r.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
      expect(r.weighted([['x', 1], ['y', 0]] as const)).toBe('x');
    }
  });
});
