import { describe, expect, it } from 'vitest';
import { relatedItems } from './related.ts';

describe('relatedItems', () => {
  const target = { id: 't', keys: ['campaign:a', 'province:44'], order: '20240101' };
  it('puts the articles sharing most first, then the newer, and leaves out those sharing nothing', () => {
    const all = [
      target,
      { id: 'one-old', keys: ['province:44'], order: '20200101' },
      { id: 'two', keys: ['campaign:a', 'province:44'], order: '20190101' },
      { id: 'one-new', keys: ['campaign:a'], order: '20250101' },
      { id: 'none', keys: ['province:12'], order: '20260101' },
    ];
    expect(relatedItems(target, all)).toEqual(['two', 'one-new', 'one-old']);
    expect(relatedItems(target, all, 1)).toEqual(['two']);
  });
});
