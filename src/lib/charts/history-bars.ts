/**
 * Layout of the small history chart on a commune page: one bar per assessment, its height the share of
 * the set's criteria met (so 17/19 and 9/10 compare fairly when the set changes), labelled "17/19".
 * Pure geometry in SVG user units; the component draws it at build time, so the chart needs no script.
 */
export interface HistoryPoint {
  year: number;
  set: string;
  met: number;
  total: number;
}

export interface Bar {
  year: number;
  set: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarLayout {
  width: number;
  height: number;
  /** Top of the plot area and its baseline. */
  top: number;
  baseline: number;
  bars: Bar[];
}

const WIDTH = 640;
const HEIGHT = 220;
const TOP = 28;
const BOTTOM = 32;
const GAP = 0.35;

/** Bars for `points` in year order. */
export function historyBars(points: readonly HistoryPoint[]): BarLayout {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const slot = WIDTH / Math.max(sorted.length, 1);
  const plot = HEIGHT - TOP - BOTTOM;
  const baseline = HEIGHT - BOTTOM;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    width: WIDTH,
    height: HEIGHT,
    top: TOP,
    baseline,
    bars: sorted.map((p, i) => {
      const share = p.total > 0 ? Math.min(p.met / p.total, 1) : 0;
      const height = round(share * plot);
      return {
        year: p.year,
        set: p.set,
        label: `${p.met}/${p.total}`,
        x: round(i * slot + (slot * GAP) / 2),
        y: round(baseline - height),
        width: round(slot * (1 - GAP)),
        height,
      };
    }),
  };
}
