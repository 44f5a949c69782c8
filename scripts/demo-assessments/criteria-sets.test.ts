import { describe, expect, it } from 'vitest';
import { setForYear } from './criteria-sets.ts';
import { SET_NEW, SET_OLD } from './test-fixture.ts';

describe('setForYear', () => {
  it('picks the set applying on 31/12 and refuses a year without one', () => {
    expect(setForYear([SET_OLD, SET_NEW], 2025).set).toBe('test-3');
    expect(setForYear([SET_OLD, SET_NEW], 2026).set).toBe('test-4');
    expect(() => setForYear([SET_OLD], 2026)).toThrow(/2026/);
  });
});
