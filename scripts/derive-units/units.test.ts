import { describe, expect, it } from 'vitest';
import { parseKind, provinceSlug } from './units.ts';

describe('parseKind', () => {
  it.each([
    ['Tỉnh Trà Vinh', 'tỉnh'],
    ['Thành phố Quảng Ngãi', 'thành phố'],
    ['Quận Ba Đình', 'quận'],
    ['Huyện Trà Cú', 'huyện'],
    ['Thị xã Duyên Hải', 'thị xã'],
    ['Xã Hàm Tân', 'xã'],
    ['Phường 1', 'phường'],
    ['Thị trấn Trà Cú', 'thị trấn'],
    ['Đặc khu Lý Sơn', 'đặc khu'],
    ['xã Bắc Sơn', 'xã'],
  ])('%s → %s', (fullName, kind) => expect(parseKind(fullName)).toBe(kind));

  it('refuses a name with no known kind', () => expect(() => parseKind('Làng Hàm Tân')).toThrow(/Làng Hàm Tân/));
});

describe('names and resolutions', () => {
  it('slugs a province from its code and current name', () => {
    expect(provinceSlug({ Code: '86', Name: 'Vĩnh Long' })).toBe('86-vinh-long');
    expect(provinceSlug({ Code: '51', Name: 'Quảng Ngãi' })).toBe('51-quang-ngai');
  });
});
