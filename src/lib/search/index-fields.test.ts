import { describe, expect, it } from 'vitest';
import { checkFieldKey } from './index-fields.ts';

describe('checkFieldKey', () => {
  it('accepts the keys the portal uses', () => {
    for (const key of ['kind', 'loai', 'co-quan', 'nam', 'tinh', 'chuong-trinh', 'phong-trao', 'title', 'date']) expect(checkFieldKey(key)).toBe(key);
  });

  it('rejects keys Pagefind would misread or reserves', () => {
    for (const key of ['', 'a,b', 'a[b]', 'a:b', 'Loại', 'any', 'not', '1nam']) expect(() => checkFieldKey(key)).toThrow();
  });
});
