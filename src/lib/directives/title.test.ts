import { describe, expect, it } from 'vitest';
import { directiveTitle, displayNumber } from './title.ts';

describe('directiveTitle', () => {
  it('names a document by its type and the number in force', () => {
    expect(directiveTitle({ type: 'cong-van', number: '~~26~~20/UBND-NN' }, 'không ghi số')).toBe('Công văn 20/UBND-NN');
  });

  it('says a blank number is blank instead of inventing one', () => {
    expect(directiveTitle({ type: 'thong-bao', number: '/TB-UBND' }, 'không ghi số')).toBe('Thông báo không ghi số (/TB-UBND)');
  });
});

describe('displayNumber', () => {
  it('keeps an unparseable number exactly as written', () => {
    expect(displayNumber('số lạ 12', 'không ghi số')).toBe('số lạ 12');
  });
});
