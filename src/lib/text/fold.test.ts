import { describe, expect, it } from 'vitest';
import { compareVietnamese, foldVietnamese, normalizeLookalikes, slugify } from './fold.ts';

describe('normalizeLookalikes', () => {
  it('replaces the look-alike capital eth with Đ', () => {
    expect(normalizeLookalikes('Q\u00D0-UBND')).toBe('Q\u0110-UBND');
  });

  it('replaces the look-alike small eth with đ', () => {
    expect(normalizeLookalikes('\u00F0\u1ED3ng')).toBe('\u0111\u1ED3ng');
  });

  it('composes decomposed tone marks into NFC', () => {
    const decomposed = 'Quy\u0065\u0302\u0301t \u0111i\u0323nh'; // "Quyết định" as Word sometimes copies it
    const result = normalizeLookalikes(decomposed);
    expect(result).toBe('Quyết định');
    expect(result.length).toBe('Quyết định'.normalize('NFC').length);
  });

  it('leaves already clean text unchanged', () => {
    expect(normalizeLookalikes('Ủy ban nhân dân')).toBe('Ủy ban nhân dân');
  });
});

describe('foldVietnamese', () => {
  it('removes tone marks and maps Đ to d', () => {
    expect(foldVietnamese('Đặng Văn Minh')).toBe('dang van minh');
  });

  it('folds y with a tone mark and đ inside a word', () => {
    expect(foldVietnamese('Hà Sỹ Đồng')).toBe('ha sy dong');
  });

  it('folds capital vowels with horn and hook', () => {
    expect(foldVietnamese('Ủy ban ƯƠNG Ơ')).toBe('uy ban uong o');
  });

  it('folds the look-alike Ð like Đ', () => {
    expect(foldVietnamese('\u00D0ồng')).toBe('dong');
  });

  it('folds decomposed input the same as composed input', () => {
    expect(foldVietnamese('Quye\u0302\u0301t')).toBe(foldVietnamese('Quyết'));
  });

  it('keeps digits, spaces and punctuation', () => {
    expect(foldVietnamese('Xã 19/19 tiêu chí.')).toBe('xa 19/19 tieu chi.');
  });
});

describe('slugify', () => {
  it('turns a commune name into a slug', () => {
    expect(slugify('Xã Hàm Giang')).toBe('xa-ham-giang');
  });

  it('collapses punctuation and space runs into one dash', () => {
    expect(slugify('TP. Quảng Ngãi')).toBe('tp-quang-ngai');
  });

  it('trims leading and trailing dashes', () => {
    expect(slugify('  — Trà Cú (Vĩnh Long) — ')).toBe('tra-cu-vinh-long');
  });

  it('returns an empty string when nothing sluggable remains', () => {
    expect(slugify(' – / – ')).toBe('');
  });
});

describe('compareVietnamese', () => {
  it('sorts đ after every d word', () => {
    expect(['Đặng', 'Dương', 'Anh'].sort(compareVietnamese)).toEqual(['Anh', 'Dương', 'Đặng']);
  });

  it('sorts a, ă, â in alphabet order', () => {
    expect(['Âu', 'Ăn', 'Anh'].sort(compareVietnamese)).toEqual(['Anh', 'Ăn', 'Âu']);
  });

  it('sorts o, ô, ơ in alphabet order', () => {
    expect(['Ơn', 'Ô', 'O'].sort(compareVietnamese)).toEqual(['O', 'Ô', 'Ơn']);
  });

  it('treats the look-alike Ð the same as Đ', () => {
    expect(compareVietnamese('\u00D0ào', 'Đào')).toBe(0);
  });

  it('treats decomposed and composed text as equal', () => {
    expect(compareVietnamese('A\u0301nh', 'Ánh')).toBe(0);
  });
});
