/**
 * How each map category is drawn: a fill colour and a texture (SVG <pattern>), so colour is never
 * the only cue (WCAG 1.4.1). Shapes are separated by white outlines on a white map, so every fill
 * must reach 3:1 against white (WCAG 1.4.11), and the white marks of its texture then do too.
 * Styles go by rank, not by level key, so both criteria sets (đạt chuẩn / nâng cao / kiểu mẫu under
 * 2021–2025, đạt chuẩn / hiện đại under 2026–2030) get the same ladder.
 */

/** The map's background and the outline between shapes. */
export const MAP_BACKGROUND = '#ffffff';
export const MAP_OUTLINE = '#ffffff';

/** One mark of a texture tile, in tile units. */
export type Mark = { kind: 'line'; x1: number; y1: number; x2: number; y2: number } | { kind: 'dot'; cx: number; cy: number; r: number };

/** A texture: a square tile repeated over the shape. */
export interface Texture {
  name: 'dots' | 'diagonal' | 'vertical' | 'cross' | 'grid' | 'none';
  size: number;
  marks: Mark[];
}

/** A category's look. */
export interface MapStyle {
  fill: string;
  /** Colour of the texture's marks. */
  ink: string;
  texture: Texture;
}

const S = 9;
const line = (x1: number, y1: number, x2: number, y2: number): Mark => ({ kind: 'line', x1, y1, x2, y2 });
const TEXTURES = {
  dots: { name: 'dots', size: 7, marks: [{ kind: 'dot', cx: 3.5, cy: 3.5, r: 1.4 }] },
  // Corner pieces make the diagonals continue across tiles.
  diagonal: { name: 'diagonal', size: S, marks: [line(0, S, S, 0), line(-1, 1, 1, -1), line(S - 1, S + 1, S + 1, S - 1)] },
  vertical: { name: 'vertical', size: S, marks: [line(S / 2, 0, S / 2, S)] },
  cross: { name: 'cross', size: S, marks: [line(0, 0, S, S), line(0, S, S, 0)] },
  grid: { name: 'grid', size: S, marks: [line(S / 2, 0, S / 2, S), line(0, S / 2, S, S / 2)] },
  none: { name: 'none', size: S, marks: [] },
} as const satisfies Record<Texture['name'], Texture>;

/** No data: neutral grey, dotted. */
export const NO_DATA_STYLE: MapStyle = { fill: '#737977', ink: '#ffffff', texture: TEXTURES.dots };

/** By rank: 0 not met, then the set's levels from the lowest. */
const LADDER: readonly MapStyle[] = [
  { fill: '#b4531c', ink: '#ffffff', texture: TEXTURES.diagonal },
  { fill: '#4f7f1a', ink: '#ffffff', texture: TEXTURES.vertical },
  { fill: '#0b6b3a', ink: '#ffffff', texture: TEXTURES.cross },
  { fill: '#1d4e89', ink: '#ffffff', texture: TEXTURES.grid },
];

/** The style of a category rank (-1 no data, 0 not met, 1… levels); ranks past the ladder share its top. */
export const styleForRank = (rank: number): MapStyle => (rank < 0 ? NO_DATA_STYLE : LADDER[Math.min(rank, LADDER.length - 1)]!);

/** Highlight for the national map: a province the portal has pages for, and one it has none for. */
export const PROVINCE_WITH_DATA: MapStyle = { fill: '#0b6b3a', ink: '#ffffff', texture: TEXTURES.diagonal };
export const PROVINCE_WITHOUT_DATA: MapStyle = { fill: '#8a8f8c', ink: '#ffffff', texture: TEXTURES.none };

/**
 * The focused shape's wide inner stroke: 3:1 against every fill a link can have. src/styles/maps.css
 * writes the same colour (a test checks it does).
 */
export const FOCUS_RING = '#ffe08a';

/** The stroke width of a texture's marks, in map units. */
export const MARK_WIDTH = 1.5;
