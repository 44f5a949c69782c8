import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance } from './contrast.ts';

describe('contrastRatio', () => {
  it('gives the WCAG extremes and a known pair', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // #767676 on white is the classic 4.54:1.
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
  });

  it('rejects anything but #rrggbb', () => {
    expect(() => luminance('red')).toThrow(/#rrggbb/);
  });
});
