/**
 * Colours and fills of the Chart.js charts. Each series differs by colour and by fill pattern (solid,
 * diagonal hatching, dots), and bars carry their value as text, so colour is never the only cue. Every
 * colour keeps at least 3:1 against the white chart background (WCAG 1.4.11, graphical objects) and
 * text colours 4.5:1 (1.4.3).
 */

/** The fill pattern of a series. */
export type Pattern = 'solid' | 'hatch' | 'dots';

/** One series' look. */
export interface SeriesStyle {
  colour: string;
  pattern: Pattern;
}

/** Styles for series 1, 2, 3 (the site's green, amber and a blue; further series repeat them). */
export const SERIES: readonly SeriesStyle[] = [
  { colour: '#0b6b3a', pattern: 'solid' },
  { colour: '#7a4b00', pattern: 'hatch' },
  { colour: '#1f4e8c', pattern: 'dots' },
];

/** Text (value labels, ticks) and grid lines. */
export const INK = '#1b1f1d';
export const MUTED = '#4d5551';
export const GRID = '#c9d1cc';
export const BACKGROUND = '#ffffff';

/** The style of the series at `index`. */
export const seriesStyle = (index: number): SeriesStyle => SERIES[index % SERIES.length]!;
