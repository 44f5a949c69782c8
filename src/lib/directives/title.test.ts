import { describe, expect, it } from 'vitest';
import { directiveTitle, displayNumber } from './title.ts';

const words = { noNumber: 'không ghi số', symbol: 'ký hiệu' };

describe('directiveTitle', () => {
  it('names a document by its type and the number in force', () => {
    expect(directiveTitle({ type: 'cong-van', number: '~~26~~20/UBND-NN' }, words)).toBe('Công văn 20/UBND-NN');
  });

  it('says a blank number is blank instead of inventing one', () => {
    expect(directiveTitle({ type: 'thong-bao', number: '/TB-UBND' }, words)).toBe('Thông báo không ghi số, ký hiệu TB-UBND');
  });
});

describe('displayNumber', () => {
  it('keeps an unparseable number exactly as written', () => {
    expect(displayNumber('số lạ 12', words)).toBe('số lạ 12');
  });
});
