import { describe, expect, it } from 'vitest';
import { toLines } from './lines.ts';
import { findNumber, readNumberLine } from './number.ts';

describe('readNumberLine', () => {
  it('keeps a struck serial and records the correction', () => {
    const n = readNumberLine('Số: ~~26~~20/UBND-NN')!;
    expect(n.raw).toBe('~~26~~20/UBND-NN');
    expect(n.parsed).toMatchObject({ normalized: '20/UBND-NN', serial: 20, struck: ['26'], isCongVan: true });
    expect(n.correction).toEqual({ original: '26', corrected: '20' });
    expect(n.parts).toBeUndefined();
  });

  it('keeps a blank serial', () => {
    const n = readNumberLine('Số:      /UBND-KT')!;
    expect(n.raw).toBe('/UBND-KT');
    expect(n.parsed).toMatchObject({ serial: null, bodyCode: 'UBND', unitCode: 'KT', family: 'administrative' });
  });

  it('reads a Party number', () => {
    expect(readNumberLine('Số 815-CV/HU')!.parsed).toMatchObject({ family: 'party', serial: 815, typeCode: 'CV', bodyCode: 'HU' });
  });

  it('removes spaces the copy put inside the number and keeps what follows on the line', () => {
    const n = readNumberLine('Số: 43 /TB-UBND Quảng Ngãi, ngày 26 tháng 01 năm 2024')!;
    expect(n.raw).toBe('43/TB-UBND');
    expect(n.rest).toBe('Quảng Ngãi, ngày 26 tháng 01 năm 2024');
  });

  it('states the parts of a number the parser cannot read', () => {
    const n = readNumberLine('Số: 12/UBND')!;
    expect(n.parsed.family).toBe('unknown');
    expect(n.parts).toEqual({ serial: 12, body_code: 'UBND', family: 'administrative' });
  });

  it('is not fooled by a line that only starts with "Số"', () => {
    expect(readNumberLine('Số lượng xã đạt chuẩn')).toBeNull();
  });
});

describe('findNumber', () => {
  it('finds the number line in a header with the look-alike Ð', () => {
    const n = findNumber(toLines('UBND TỈNH QUẢNG NGÃI\nSỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nSố: 5/SNN-VPÐP'))!;
    expect(n.raw).toBe('5/SNN-VPĐP');
    expect(n.line).toBe(2);
  });

  it('stops at "Kính gửi" so a number cited in the text is never taken for the document\'s own', () => {
    expect(findNumber(toLines('Kính gửi: Sở Tài chính\nSố: 5/SNN-VP'))).toBeNull();
  });
});
