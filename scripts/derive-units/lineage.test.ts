import { describe, expect, it } from 'vitest';
import { oldProvincesInto } from './lineage.ts';
import { fixture } from './test-fixture.ts';

describe('old → new province selection', () => {
  it('selects every old province that went into the current one, sorted', () => {
    const { splits } = fixture();
    expect(oldProvincesInto(splits, '86')).toEqual(['84', '86']);
    expect(oldProvincesInto(splits, '51')).toEqual(['51', '62']);
    expect(oldProvincesInto(splits, '12')).toEqual([]);
  });
});
