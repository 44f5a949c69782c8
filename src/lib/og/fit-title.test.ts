import { describe, expect, it } from 'vitest';
import { estimateLines, fitTitle, TITLE_SIZES } from './fit-title.ts';

const WIDTH = 1072;
const HEIGHT = 330;

describe('estimateLines', () => {
  it('counts wrapped lines at spaces', () => {
    // At 100 px a glyph is ~56 px: 10 glyphs per 600 px line.
    expect(estimateLines('abc def', 100, 600)).toBe(1);
    expect(estimateLines('abcde fghij', 100, 600)).toBe(2);
    expect(estimateLines('abcde fghij klmno', 100, 600)).toBe(3);
  });

  it('breaks a word longer than a line', () => {
    expect(estimateLines('a'.repeat(25), 100, 600)).toBe(3);
  });

  it('counts Vietnamese letters with tone marks as one glyph each', () => {
    expect(estimateLines('Định Đồng Hưởng', 100, 600)).toBe(2);
  });
});

describe('fitTitle', () => {
  it('keeps a short title at the largest size', () => {
    expect(fitTitle('Ngày thứ 7 vì nông thôn mới', WIDTH, HEIGHT)).toMatchObject({ text: 'Ngày thứ 7 vì nông thôn mới', size: TITLE_SIZES[0] });
  });

  it('shrinks a longer title, and the longer the title, the smaller the size', () => {
    const medium = 'Kon Tum ban hành Chỉ thị về đẩy mạnh thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới';
    const long = `${medium} trên địa bàn tỉnh năm 2023 và những năm tiếp theo, gắn với phong trào thi đua của các huyện`;
    const m = fitTitle(medium, WIDTH, HEIGHT);
    const l = fitTitle(long, WIDTH, HEIGHT);
    expect(m.size).toBeLessThan(TITLE_SIZES[0]);
    expect(l.size).toBeLessThanOrEqual(m.size);
    expect(m.text).toBe(medium);
    expect(estimateLines(l.text, l.size, WIDTH) * l.size * l.lineHeight).toBeLessThanOrEqual(HEIGHT);
  });

  it('cuts a title too long for the smallest size at a word, with an ellipsis', () => {
    const title = Array.from({ length: 80 }, (_, i) => `từ${i}`).join(' ');
    const f = fitTitle(title, WIDTH, HEIGHT);
    expect(f.size).toBe(TITLE_SIZES.at(-1));
    expect(f.text.endsWith('…')).toBe(true);
    expect(title.startsWith(f.text.slice(0, -1))).toBe(true);
    expect(title.charAt(f.text.length - 1)).toBe(' ');
    expect(estimateLines(f.text, f.size, WIDTH) * f.size * f.lineHeight).toBeLessThanOrEqual(HEIGHT);
  });

  it('cuts a single overlong word by characters', () => {
    const f = fitTitle('x'.repeat(1000), WIDTH, HEIGHT);
    expect(f.text.endsWith('…')).toBe(true);
    expect(f.text.length).toBeLessThan(1000);
  });

  it('tidies runs of white space', () => {
    expect(fitTitle('  Tin\n  tức  ', WIDTH, HEIGHT).text).toBe('Tin tức');
  });
});
