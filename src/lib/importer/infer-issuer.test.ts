import { describe, expect, it } from 'vitest';
import { inferIssuer, selfLevel, splitPlace } from './infer-issuer.ts';

describe('selfLevel', () => {
  it('counts how the document names its own body, not other bodies', () => {
    const text = 'Thực hiện Thông báo của UBND tỉnh, Chủ tịch UBND tỉnh Lê Văn X kết luận. UBND huyện yêu cầu các xã… Chủ tịch UBND huyện, Trưởng ban…';
    expect(selfLevel(text)).toBe('huyện');
  });

  it('reads the abbreviation TP and ignores "các UBND xã"', () => {
    expect(selfLevel('- CT, các PCT UBND TP;\ntham mưu UBND thành phố tổ chức; UBND các xã thực hiện')).toBe('thành phố');
  });

  it('gives no level on a tie or without evidence', () => {
    expect(selfLevel('UBND tỉnh yêu cầu; UBND huyện báo cáo')).toBeNull();
    expect(selfLevel('Các xã thực hiện.')).toBeNull();
  });
});

describe('splitPlace', () => {
  it('separates a level written before the place name', () => {
    expect(splitPlace('TP. Quảng Ngãi')).toEqual({ level: 'thành phố', name: 'Quảng Ngãi' });
    expect(splitPlace('Tân Uyên')).toEqual({ level: null, name: 'Tân Uyên' });
  });
});

describe('inferIssuer', () => {
  it('reads a UBND from the level in the place name', () => {
    expect(inferIssuer({ bodyCode: 'UBND', place: 'TP. Quảng Ngãi', text: '' })?.issuer).toBe('UBND thành phố Quảng Ngãi');
  });

  it('reads a UBND from the text when the place has no level', () => {
    expect(inferIssuer({ bodyCode: 'UBND', place: 'Quảng Trị', text: 'UBND tỉnh yêu cầu các Sở, ngành. UBND các huyện thực hiện.' })).toEqual({
      issuer: 'UBND tỉnh Quảng Trị',
      basis: 'ký hiệu UBND, địa danh "Quảng Trị" và cách văn bản tự gọi mình ("UBND tỉnh")',
    });
  });

  it('reads a Party committee from its body code', () => {
    expect(inferIssuer({ bodyCode: 'HU', place: 'Trà Cú', text: '' })?.issuer).toBe('Huyện ủy Trà Cú');
  });

  it('guesses nothing without a place, a known body code or a level', () => {
    expect(inferIssuer({ bodyCode: 'UBND', place: null, text: 'UBND tỉnh yêu cầu' })).toBeNull();
    expect(inferIssuer({ bodyCode: 'SNN', place: 'Quảng Ngãi', text: '' })).toBeNull();
    expect(inferIssuer({ bodyCode: 'UBND', place: 'Quảng Trị', text: 'Các đơn vị thực hiện.' })).toBeNull();
  });
});
