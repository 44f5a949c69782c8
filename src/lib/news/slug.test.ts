import { describe, expect, it } from 'vitest';
import { slugForNews } from './slug.ts';

describe('slugForNews', () => {
  it('takes the first eight words of the headline and the year', () => {
    expect(slugForNews('Trà Cú: Tăng cường công tác lãnh đạo, chỉ đạo xây dựng nông thôn mới', '2023')).toBe(
      'tra-cu-tang-cuong-cong-tac-lanh-dao-2023',
    );
  });

  it('leaves the year out of an undated article', () => {
    expect(slugForNews('Ngày hội đại đoàn kết', '')).toBe('ngay-hoi-dai-doan-ket');
  });
});
