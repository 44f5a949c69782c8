import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './args.ts';
import { DEFAULT_SEED } from './scale.ts';

describe('parseBenchArgs', () => {
  it('defaults to the demo scale', () => {
    const o = parseBenchArgs([]);
    expect(o.scale).toBe('demo');
    expect(o.sizes).toEqual({ provinces: ['12'], directives: 300, news: 80, campaigns: 3, seed: DEFAULT_SEED });
    expect(o.skip).toEqual({ validate: false, browser: false, lighthouse: false, rebuild: false, minimal: false });
    expect(o.keepImages).toBe(false);
    expect(parseBenchArgs(['--keep-images']).keepImages).toBe(true);
  });

  it('takes the national preset with all 34 provinces, and overrides', () => {
    const o = parseBenchArgs(['--scale', 'national', '--directives=500', '--seed', '9', '--skip-lighthouse']);
    expect(o.sizes.provinces).toHaveLength(34);
    expect(o.sizes).toMatchObject({ directives: 500, news: 5000, seed: 9 });
    expect(o.skip.lighthouse).toBe(true);
    expect(parseBenchArgs(['--provinces', '1,86']).sizes.provinces).toEqual(['01', '86']);
  });

  it('refuses unknown scales, flags and malformed numbers', () => {
    expect(() => parseBenchArgs(['--scale', 'world'])).toThrow(/--scale/);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown option/);
    expect(() => parseBenchArgs(['--news', 'many'])).toThrow(/whole number/);
    expect(() => parseBenchArgs(['national'])).toThrow(/unexpected argument/);
  });
});
