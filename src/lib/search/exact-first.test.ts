import { describe, expect, it } from 'vitest';
import { exactFirst, typedWithDiacritics } from './exact-first.ts';

describe('typedWithDiacritics', () => {
  it('is true when any tone mark or đ was typed', () => {
    for (const q of ['Đồng Hới', 'dong Hới', 'đ', 'cộng']) expect(typedWithDiacritics(q), q).toBe(true);
  });

  it('is false for letters without marks, numbers and punctuation', () => {
    for (const q of ['dong hoi', 'DONG HOI', '43tbubnd', '43/TB-UBND', '']) expect(typedWithDiacritics(q), q).toBe(false);
  });
});

describe('exactFirst', () => {
  it('lists the exact results first, then the others in their order, without repeats', () => {
    const r = (id: string) => ({ id });
    expect(exactFirst([r('c'), r('a')], [r('a'), r('b'), r('c'), r('d')]).map((x) => x.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(exactFirst([], [r('a'), r('b')]).map((x) => x.id)).toEqual(['a', 'b']);
  });
});
