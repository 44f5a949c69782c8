import { describe, expect, it } from 'vitest';
import { unitFullName, unitPath, unitSlug } from './unit-path.ts';

const hamTan = { code: '29489', name: 'Hàm Tân', kind: 'xã', valid_to: '2025-06-30' };
const hamGiang = { code: '29489', name: 'Hàm Giang', kind: 'xã' };

describe('unitPath', () => {
  it('gives a reused code two different pages, one per period', () => {
    expect(unitPath(hamGiang)).toBe('/dia-phuong/29489-xa-ham-giang/');
    expect(unitPath(hamTan)).toBe('/dia-phuong/truoc-2025/29489-xa-ham-tan/');
  });
});

describe('unitSlug', () => {
  it('folds Vietnamese letters including đ', () => {
    expect(unitSlug({ code: '29491', name: 'Đại An', kind: 'xã' })).toBe('29491-xa-dai-an');
  });
});

describe('unitFullName', () => {
  it('capitalises the kind', () => {
    expect(unitFullName({ kind: 'thành phố', name: 'Quảng Ngãi' })).toBe('Thành phố Quảng Ngãi');
  });
});
