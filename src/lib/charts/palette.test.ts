import { describe, expect, it } from 'vitest';
import { BACKGROUND, INK, MUTED, SERIES, seriesStyle } from './palette.ts';
import { contrastRatio } from '../maps/contrast.ts';

describe('chart palette', () => {
  it('keeps every series colour at 3:1 or more against the background', () => {
    for (const s of SERIES) expect(contrastRatio(s.colour, BACKGROUND), s.colour).toBeGreaterThanOrEqual(3);
  });

  it('keeps text at 4.5:1 or more', () => {
    for (const c of [INK, MUTED]) expect(contrastRatio(c, BACKGROUND), c).toBeGreaterThanOrEqual(4.5);
  });

  it('gives neighbouring series different patterns, so colour is not the only cue', () => {
    const patterns = SERIES.map((s) => s.pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
    expect(seriesStyle(SERIES.length)).toEqual(SERIES[0]);
  });
});
