/**
 * Seeded randomness for the benchmark's generator: every draw comes from a mulberry32 PRNG keyed by
 * the run's seed and a name for what is drawn ("directive:123"), never from Math.random, so two runs
 * with the same seed write byte-identical datasets and their build figures can be compared.
 */
import { hashString, mulberry32 } from '../demo-assessments/random.ts';

/** A stream of draws. */
export interface Rng {
  /** Uniform in [0, 1). */
  float(): number;
  /** Uniform integer in lo..hi (both included). */
  int(lo: number, hi: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** One value of weighted options. */
  weighted<T>(options: readonly (readonly [T, number])[]): T;
  /** `n` distinct elements (fewer when the list is shorter), in the list's order. */
  sample<T>(list: readonly T[], n: number): T[];
}

/** A stream seeded by `seed` and `key`. */
export const rng = (seed: number, key: string): Rng => {
  const next = mulberry32(hashString(`${seed}:${key}`));
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    float: next,
    int,
    chance: (p) => next() < p,
    pick: (list) => {
      if (list.length === 0) throw new Error('rng.pick: empty list');
      return list[Math.floor(next() * list.length)]!;
    },
    weighted: (options) => {
      const sum = options.reduce((s, [, w]) => s + w, 0);
      let at = next() * sum;
      for (const [value, w] of options) {
        if (at < w) return value;
        at -= w;
      }
      return options[options.length - 1]![0];
    },
    sample: (list, n) => {
      if (n >= list.length) return [...list];
      // Selection sampling (Knuth's algorithm S): one pass, order kept.
      const out: (typeof list)[number][] = [];
      for (let i = 0; i < list.length && out.length < n; i++) {
        if (next() * (list.length - i) < n - out.length) out.push(list[i]!);
      }
      return out;
    },
  };
};
