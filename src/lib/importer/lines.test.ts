import { describe, expect, it } from 'vitest';
import { isRule, isUpperLine, normaliseText, plain, splitCells, startsLowercase, toLines } from './lines.ts';

describe('normaliseText', () => {
  it('turns CRLF, CR, form feeds and line separators into LF', () => {
    expect(normaliseText('a\r\nb\rc\fd\u2028e')).toBe('a\nb\nc\nd\ne');
  });

  it('replaces non-breaking spaces and drops zero-width characters and the BOM', () => {
    expect(normaliseText('\uFEFFSố:\u00A0/UBND\u200B-KT')).toBe('Số: /UBND-KT');
  });

  it('replaces the look-alike Ð of Word fonts and composes decomposed tone marks', () => {
    expect(normaliseText('ÐẢNG ðoàn')).toBe('ĐẢNG đoàn');
    expect(normaliseText('Quả\u0301ng'.normalize('NFD'))).toBe('Quả\u0301ng'.normalize('NFC'));
  });
});

describe('splitCells', () => {
  it('splits a flattened two-column header row at the tab', () => {
    expect(splitCells('UBND TỈNH QUẢNG NGÃI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual([
      'UBND TỈNH QUẢNG NGÃI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    ]);
  });

  it('splits at a wide run of spaces between short cells', () => {
    expect(splitCells('Số: 12/UBND-NN        Quảng Trị, ngày 15 tháng 6 năm 2020')).toEqual([
      'Số: 12/UBND-NN',
      'Quảng Trị, ngày 15 tháng 6 năm 2020',
    ]);
  });

  it('keeps a paragraph whole when the gap is inside long text', () => {
    const long = `${'Các xã tiếp tục rà soát tiêu chí '.repeat(4)}    và báo cáo kết quả về huyện trước ngày 15 hằng tháng để tổng hợp.`;
    expect(splitCells(long)).toHaveLength(1);
  });

  it('keeps a Word list marker with its text', () => {
    expect(splitCells('1.\tCác phòng, đơn vị')).toEqual(['1. Các phòng, đơn vị']);
    expect(splitCells('-\tNhư trên;\tKT. CHỦ TỊCH')).toEqual(['- Như trên;', 'KT. CHỦ TỊCH']);
  });

  it('splits a Markdown table row into its cells', () => {
    expect(splitCells('| Nơi nhận: | TM. ỦY BAN NHÂN DÂN |')).toEqual(['Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN']);
  });
});

describe('toLines', () => {
  it('gives each cell its own line, keeps blank lines and drops table rules', () => {
    const text = '| a | b |\r\n|---|---|\r\n\r\nx\t\ty  z';
    expect(toLines(text)).toEqual(['a', 'b', '', 'x', 'y z']);
  });
});

describe('line predicates', () => {
  it('strips emphasis around a line', () => {
    expect(plain('**KT. CHỦ TỊCH')).toBe('KT. CHỦ TỊCH');
    expect(plain('*Quảng Trị, ngày 15 tháng 6 năm 2020*')).toBe('Quảng Trị, ngày 15 tháng 6 năm 2020');
  });

  it('tells upper-case lines, rules and continuations', () => {
    expect(isUpperLine('THÔNG BÁO KẾT LUẬN')).toBe(true);
    expect(isUpperLine('UBND tỉnh')).toBe(false);
    expect(isUpperLine('12/2024')).toBe(false);
    expect(isRule('---------')).toBe(true);
    expect(isRule('*')).toBe(true);
    expect(isRule('- Như trên;')).toBe(false);
    expect(startsLowercase('trong đó:')).toBe(true);
    expect(startsLowercase('“ngày thứ bảy”')).toBe(true);
    expect(startsLowercase('Trong đó')).toBe(false);
  });
});
