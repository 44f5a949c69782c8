import { describe, expect, it } from 'vitest';
import { findDateLine } from './date-line.ts';
import { toLines } from './lines.ts';

describe('findDateLine', () => {
  it('reads a full date with its place', () => {
    const d = findDateLine(toLines('Số: 20/UBND-NN\nQuảng Trị, ngày 15 tháng 6 năm 2020'))!;
    expect(d).toMatchObject({ place: 'Quảng Trị', used: [1] });
    expect(d.date.iso).toBe('2020-06-15');
  });

  it('keeps only the year when day and month are blank', () => {
    expect(findDateLine(toLines('TP. Quảng Ngãi, ngày tháng năm 2024'))).toMatchObject({ place: 'TP. Quảng Ngãi', date: { iso: '2024' } });
  });

  it('keeps the month when only the day is blank, whatever spaces the blank left', () => {
    expect(findDateLine(toLines('Tân Uyên, ngày\u00A0\u00A0 tháng 01 năm 2024'))!.date.iso).toBe('2024-01');
  });

  it('reads a date line a narrow cell wrapped, and an italic one', () => {
    expect(findDateLine(toLines('Mộ Đức, ngày 05 tháng 3\nnăm 2024'))).toMatchObject({ date: { iso: '2024-03-05' }, used: [0, 1] });
    expect(findDateLine(toLines('*Hà Nội, ngày 26/01/2024*'))!.date.iso).toBe('2024-01-26');
  });

  it('tries the rest of a "Số:" line first', () => {
    expect(findDateLine(toLines('Số: 1/UBND-NN Quảng Trị, ngày 2 tháng 3 năm 2021'), ['Quảng Trị, ngày 2 tháng 3 năm 2021'])).toMatchObject({
      place: 'Quảng Trị',
      used: [],
    });
  });

  it('does not take a sentence that starts with a date for the date line', () => {
    expect(findDateLine(toLines('Ngày 19/01/2024, Chủ tịch UBND huyện chủ trì cuộc họp.'))).toBeNull();
  });
});
