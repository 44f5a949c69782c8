import { describe, expect, it } from 'vitest';
import { criterionOrder, EASE, metCriteria } from './choose-criteria.ts';
import type { CriteriaSet } from './inputs.ts';
import { rngFor } from './random.ts';

describe('which criteria', () => {
  const set: CriteriaSet = { set: 'qd-318-2022', appliesFrom: '2021-01-01', appliesTo: '2025-12-31', numbers: Array.from({ length: 19 }, (_, i) => i + 1) };

  it('grows the met criteria instead of reshuffling them', () => {
    for (let k = 0; k < 19; k++) expect(metCriteria('u', set, k + 1)).toEqual(expect.arrayContaining(metCriteria('u', set, k)));
  });

  it('favours the easier criteria', () => {
    const firstFive = (i: number) => criterionOrder(set.numbers, EASE['qd-318-2022']!, rngFor(`u${i}`)).slice(0, 5);
    const count = (n: number) => Array.from({ length: 500 }, (_, i) => firstFive(i)).filter((f) => f.includes(n)).length;
    for (const easy of [1, 4, 8, 19]) for (const hard of [10, 11, 13, 17]) expect(count(easy)).toBeGreaterThan(4 * count(hard));
  });

  it('orders any set, weighting unknown criteria evenly', () => {
    expect(criterionOrder([3, 1, 2], {}, rngFor('u')).sort()).toEqual([1, 2, 3]);
  });
});
