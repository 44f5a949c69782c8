/**
 * How big a generated dataset is. Three presets (`--scale demo|province|national`), each size can be
 * overridden on the command line. The national preset is the sizing case: all 34 current
 * provinces (about 10,000 pre-2025 communes and the 3,321 current ones, with their lineage),
 * assessments 2021–2026, 20,000 directives and 5,000 news.
 */

/** Sizes of one generated dataset. */
export interface Sizes {
  /** Current province codes whose units (and the old units that went into them) are generated. */
  provinces: string[];
  directives: number;
  news: number;
  campaigns: number;
  /** PRNG seed: same seed and sizes, same files. */
  seed: number;
}

export type ScaleName = 'demo' | 'province' | 'national';
export const SCALE_NAMES: readonly ScaleName[] = ['demo', 'province', 'national'];

/** Every current province code (as in scripts/derive-units/resolutions.ts). */
export const ALL_PROVINCES = 'all';

/** The presets. Province lists: Lai Châu alone (small, quick); the demo's four; all 34. */
export const SCALES: Readonly<Record<ScaleName, Omit<Sizes, 'seed' | 'provinces'> & { provinces: readonly string[] | typeof ALL_PROVINCES }>> = {
  demo: { provinces: ['12'], directives: 300, news: 80, campaigns: 3 },
  province: { provinces: ['12', '44', '51', '86'], directives: 3000, news: 750, campaigns: 6 },
  national: { provinces: ALL_PROVINCES, directives: 20000, news: 5000, campaigns: 12 },
};

export const DEFAULT_SEED = 20251;
