import { describe, expect, it } from 'vitest';
import { classifyRows, contentCells, rowContent } from './classify.ts';

const rows = (list: [string, Record<string, string>][]) => new Map(list.map(([k, c]) => [k, rowContent(c)]));

describe('classifyRows', () => {
  it('tells added, changed and removed rows apart by key, and ignores rows that only moved', () => {
    const removed = rows([
      ['62|2023-01', { scope: '62', period: '2023-01', value: '36' }],
      ['849|2023-04', { scope: '849', period: '2023-04', value: '12' }],
      ['86|2024', { scope: '86', period: '2024', value: '1' }],
    ]);
    const added = rows([
      ['12|2025', { scope: '12', period: '2025', value: '5' }],
      ['849|2023-04', { period: '2023-04', scope: '849', value: '12' }],
      ['62|2023-01', { scope: '62', period: '2023-01', value: '37' }],
    ]);
    expect(classifyRows(removed, added).map((e) => [e.key, e.action, contentCells(e.content)])).toEqual([
      ['12|2025', 'added', { period: '2025', scope: '12', value: '5' }],
      ['62|2023-01', 'changed', { period: '2023-01', scope: '62', value: '37' }],
      ['86|2024', 'removed', { period: '2024', scope: '86', value: '1' }],
    ]);
  });

  it('counts a cell that appears or disappears as a change', () => {
    const events = classifyRows(rows([['k', { a: '1' }]]), rows([['k', { a: '1', note: 'x' }]]));
    expect(events.map((e) => e.action)).toEqual(['changed']);
  });
});

describe('rowContent', () => {
  it('is the same whatever the column order, and reads back', () => {
    expect(rowContent({ b: '2', a: 'x, "y"' })).toBe(rowContent({ a: 'x, "y"', b: '2' }));
    expect(contentCells(rowContent({ b: '2', a: 'x, "y"' }))).toEqual({ a: 'x, "y"', b: '2' });
    expect(contentCells(rowContent({}))).toEqual({});
  });
});
