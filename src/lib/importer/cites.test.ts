import { describe, expect, it } from 'vitest';
import { citedDocuments, withPlace } from './cites.ts';

const PLACES = new Map([
  ['thành phố', 'Quảng Ngãi'],
  ['tỉnh', 'Quảng Ngãi'],
]);

describe('citedDocuments', () => {
  it('lists each cited document once, with the date and body where the text gives them', () => {
    const texts = [
      'V/v triển khai Thông báo số 43/TB-UBND ngày 26/01/2024 của UBND tỉnh',
      'Thực hiện Thông báo số 43/TB-UBND, theo Quyết định số 1528/QĐ-UBND của UBND thành phố đối với Chương trình MTQG; Quyết định 1528/QĐ-UBND ngày 14/4/2022.',
    ];
    expect(citedDocuments(texts, [], PLACES)).toEqual([
      { number: '43/TB-UBND', date: '2024-01-26', issuer: 'UBND tỉnh Quảng Ngãi' },
      { number: '1528/QĐ-UBND', date: '2022-04-14', issuer: 'UBND thành phố Quảng Ngãi' },
    ]);
  });

  it('keeps two documents with the same number and different dates apart', () => {
    const text = 'Công văn số 12/UBND-NN ngày 02/01/2023 và Công văn số 12/UBND-NN ngày 05/01/2024 của UBND tỉnh Quảng Trị.';
    expect(citedDocuments([text], []).map((c) => c.date)).toEqual(['2023-01-02', '2024-01-05']);
  });

  it('leaves out the document\'s own number, struck variants included', () => {
    expect(citedDocuments(['Công văn số 26/UBND-NN và Công văn số 20/UBND-NN'], ['20/ubnd-nn', '26/ubnd-nn'])).toEqual([]);
  });

  it('writes a citation without date or body as the number alone', () => {
    expect(citedDocuments(['Chỉ thị 27-CT/TU'], [])).toEqual([{ number: '27-CT/TU' }]);
  });
});

describe('withPlace', () => {
  it('adds the place to a body named by its kind only', () => {
    expect(withPlace('UBND tỉnh', PLACES)).toBe('UBND tỉnh Quảng Ngãi');
    expect(withPlace('Chủ tịch UBND thành phố', PLACES)).toBe('Chủ tịch UBND thành phố Quảng Ngãi');
    expect(withPlace('Tỉnh ủy', PLACES)).toBe('Tỉnh ủy Quảng Ngãi');
    expect(withPlace('UBND huyện', PLACES)).toBe('UBND huyện');
    expect(withPlace('UBND tỉnh Quảng Trị', PLACES)).toBe('UBND tỉnh Quảng Trị');
  });
});
