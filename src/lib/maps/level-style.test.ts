import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readCsv } from '../csv/read-csv.ts';
import { categoriesOf } from './commune-category.ts';
import { contrastRatio } from './contrast.ts';
import { FOCUS_RING, MAP_BACKGROUND, MAP_OUTLINE, NO_DATA_STYLE, PROVINCE_WITH_DATA, PROVINCE_WITHOUT_DATA, styleForRank, type MapStyle } from './level-style.ts';

// The levels the site shows, so a level added to levels.csv is checked too.
const levels = readCsv(readFileSync('data/criteria/levels.csv', 'utf8'), 'levels.csv', ['set', 'level', 'name', 'rank', 'decision']).rows.map((r) => ({
  set: r.cells['set']!,
  level: r.cells['level']!,
  name: r.cells['name']!,
  rank: Number(r.cells['rank']),
}));
const sets = [...new Set(levels.map((l) => l.set))];

const ladders: [string, MapStyle[]][] = [
  ...sets.map((set): [string, MapStyle[]] => [set, categoriesOf(set, levels).map((c) => styleForRank(c.rank))]),
  ['national map', [PROVINCE_WITH_DATA, PROVINCE_WITHOUT_DATA]],
];

describe('map styles', () => {
  it('reads the levels file', () => {
    expect(sets.length).toBeGreaterThan(0);
  });

  it.each(ladders)('%s: every fill stands out 3:1 from the map and the outlines, and its texture from the fill', (_, styles) => {
    for (const s of styles) {
      expect(contrastRatio(s.fill, MAP_BACKGROUND), s.fill).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(s.fill, MAP_OUTLINE), s.fill).toBeGreaterThanOrEqual(3);
      if (s.texture.marks.length) expect(contrastRatio(s.ink, s.fill), s.fill).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(ladders)('%s: no two categories share a colour or a texture (colour is never the only cue)', (_, styles) => {
    expect(new Set(styles.map((s) => s.fill)).size).toBe(styles.length);
    expect(new Set(styles.map((s) => s.texture.name)).size).toBe(styles.length);
  });

  it('shows keyboard focus 3:1 against every fill a link can have, in the colour maps.css uses', () => {
    for (const s of [...[-1, 0, 1, 2, 3].map(styleForRank), PROVINCE_WITH_DATA]) expect(contrastRatio(FOCUS_RING, s.fill), s.fill).toBeGreaterThanOrEqual(3);
    expect(readFileSync('src/styles/maps.css', 'utf8')).toMatch(new RegExp(`a:focus-visible path \\{[^}]*stroke: ${FOCUS_RING}`));
  });

  it('gives no data its own style, apart from every rank', () => {
    expect(styleForRank(-1)).toBe(NO_DATA_STYLE);
    for (const rank of [0, 1, 2, 3]) expect(styleForRank(rank)).not.toBe(NO_DATA_STYLE);
  });

  it('keeps a textured tile’s marks on the tile', () => {
    for (const rank of [-1, 0, 1, 2, 3]) {
      const { texture } = styleForRank(rank);
      expect(texture.marks.length, texture.name).toBeGreaterThan(0);
      for (const m of texture.marks) {
        const xs = m.kind === 'dot' ? [m.cx - m.r, m.cx + m.r] : [m.x1, m.x2];
        // Corner pieces may reach one unit past the edge to join the next tile.
        for (const x of xs) expect(x).toBeGreaterThanOrEqual(-1), expect(x).toBeLessThanOrEqual(texture.size + 1);
      }
    }
  });
});
