import { describe, expect, it } from 'vitest';
import { classifyRows } from './classify.ts';

describe('classifyRows', () => {
  it('tells added, changed and removed rows apart by key, and ignores rows that only moved', () => {
    const removed = new Map([
      ['62|2023-01', { scope: '62', period: '2023-01', value: '36' }],
      ['849|2023-04', { scope: '849', period: '2023-04', value: '12' }],
      ['86|2024', { scope: '86', period: '2024', value: '1' }],
    ]);
    const added = new Map([
      ['62|2023-01', { scope: '62', period: '2023-01', value: '37' }],
      ['849|2023-04', { scope: '849', period: '2023-04', value: '12' }],
      ['12|2025', { scope: '12', period: '2025', value: '5' }],
    ]);
    expect(classifyRows(removed, added)).toEqual([
      { key: '12|2025', action: 'added', cells: { scope: '12', period: '2025', value: '5' } },
      { key: '62|2023-01', action: 'changed', cells: { scope: '62', period: '2023-01', value: '37' } },
      { key: '86|2024', action: 'removed', cells: { scope: '86', period: '2024', value: '1' } },
    ]);
  });

  it('counts a cell that appears or disappears as a change', () => {
    const events = classifyRows(new Map([['k', { a: '1' }]]), new Map([['k', { a: '1', note: 'x' }]]));
    expect(events.map((e) => e.action)).toEqual(['changed']);
  });
});
