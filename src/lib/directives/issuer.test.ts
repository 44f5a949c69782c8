import { describe, expect, it } from 'vitest';
import { expandIssuer, issuerKey } from './issuer.ts';

describe('issuerKey', () => {
  it('gives the abbreviated and the full name of a body the same key', () => {
    expect(issuerKey('UBND tỉnh Quảng Trị')).toBe(issuerKey('Ủy ban nhân dân tỉnh Quảng Trị'));
    expect(issuerKey('UBND TP. Quảng Ngãi')).toBe(issuerKey('Ủy ban nhân dân thành phố Quảng Ngãi'));
  });

  it('keeps different bodies apart', () => {
    expect(issuerKey('UBND huyện Tân Uyên')).not.toBe(issuerKey('HĐND huyện Tân Uyên'));
  });
});

describe('expandIssuer', () => {
  it('expands the usual abbreviations', () => {
    expect(expandIssuer('HĐND tỉnh Kon Tum')).toBe('Hội đồng nhân dân tỉnh Kon Tum');
  });
});
