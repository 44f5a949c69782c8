import { describe, expect, it } from 'vitest';
import { communeResolution, KNOWN_PROVINCES } from './resolutions.ts';

describe('names and resolutions', () => {
  it('knows the commune resolution of every current province', () => {
    expect(KNOWN_PROVINCES).toHaveLength(34);
    expect(communeResolution('86')).toBe('1687/NQ-UBTVQH15');
    expect(communeResolution('01')).toBe('1656/NQ-UBTVQH15');
    expect(communeResolution('12')).toBe('1670/NQ-UBTVQH15');
    expect(communeResolution('83')).toBeUndefined();
  });
});
