/**
 * Deterministic randomness: every draw of the generator comes from a mulberry32 PRNG seeded by a
 * hash of a key (unit and year, or unit and criteria set), never from Math.random, so the output is
 * the same on every run and machine.
 */

/** 32-bit FNV-1a hash of a string. */
export const hashString = (s: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
};

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export const mulberry32 = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** A PRNG seeded by a key such as "29473:-:2022" (unit id and year). */
export const rngFor = (key: string): (() => number) => mulberry32(hashString(key));

/** Picks a value from weighted options with the uniform draw `r`. */
export const pickWeighted = <T>(options: readonly (readonly [T, number])[], r: number): T => {
  const sum = options.reduce((s, [, w]) => s + w, 0);
  let at = r * sum;
  for (const [value, w] of options) {
    if (at < w) return value;
    at -= w;
  }
  return options[options.length - 1]![0];
};

/** `n` limited to the range lo..hi. */
export const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));
