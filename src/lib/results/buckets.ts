/**
 * Bands of "criteria met" for the distribution of communes, derived from the size of the criteria set
 * in force, never from a constant. The top band is the whole set; 0…N−1 is cut into bands of
 * ceil(N/4) from zero. For the 19 criteria of 2021–2025 that gives the bands reports use (19, 15–18,
 * 10–14, 5–9, under 5); for the 10 of 2026–2030: 10, 9, 6–8, 3–5, under 3.
 */

/** Communes meeting `from` to `to` criteria, both included. */
export interface Bucket {
  from: number;
  to: number;
}

/** The bands for a set of `total` criteria, highest first; together they cover 0…total once. */
export const criteriaBuckets = (total: number): Bucket[] => {
  if (!Number.isInteger(total) || total < 1) throw new RangeError(`a criteria set has a whole number of criteria ≥ 1, got ${total}`);
  const width = Math.ceil(total / 4);
  const buckets: Bucket[] = [{ from: total, to: total }];
  for (let from = Math.floor((total - 1) / width) * width; from >= 0; from -= width) buckets.push({ from, to: Math.min(from + width - 1, total - 1) });
  return buckets;
};

/** How many of the counts fall in each band of a set of `total` criteria (counts above `total` throw). */
export const distribute = (counts: readonly number[], total: number): (Bucket & { count: number })[] => {
  const buckets = criteriaBuckets(total).map((b) => ({ ...b, count: 0 }));
  for (const n of counts) {
    const bucket = buckets.find((b) => b.from <= n && n <= b.to);
    if (!bucket) throw new RangeError(`${n} criteria met is outside 0–${total}`);
    bucket.count++;
  }
  return buckets;
};
