import { describe, expect, it } from 'vitest';
import { cardAlt, communeCard, provinceCard, type CommuneCardInput, type CriterionMark } from './unit-card.ts';

const marks = (met: number, total: number): CriterionMark[] => Array.from({ length: total }, (_, i) => (i < met ? 'met' : 'not-met'));
const commune = (over: Partial<CommuneCardInput> = {}): CommuneCardInput => ({
  site: 'Cổng thử',
  name: 'Xã Hàm Giang',
  ancestors: ['Tỉnh Vĩnh Long'],
  latest: { met: 14, total: 19, year: 2024, setName: 'Bộ tiêu chí A', illustrative: false, marks: marks(14, 19) },
  ...over,
});

describe('communeCard', () => {
  it('shows the name, the province, the score out of the set’s own total, the year and the set', () => {
    const card = communeCard(commune());
    expect(card).toMatchObject({ site: 'Cổng thử', name: 'Xã Hàm Giang', place: 'Tỉnh Vĩnh Long', headline: '14/19 tiêu chí', scored: true });
    expect(card.details).toEqual(['Đánh giá năm 2024', 'Bộ tiêu chí A']);
    expect(card.marks).toHaveLength(19);
  });

  it('takes the number of criteria from the data, not from a constant', () => {
    const card = communeCard(commune({ latest: { met: 7, total: 10, year: 2026, setName: 'Bộ tiêu chí B', illustrative: false, marks: marks(7, 10) } }));
    expect(card.headline).toBe('7/10 tiêu chí');
    expect(card.marks).toHaveLength(10);
  });

  it('says "chưa đạt chuẩn" without a recognition, and names the level and year with one', () => {
    expect(communeCard(commune()).level).toBe('chưa đạt chuẩn');
    expect(communeCard(commune({ level: { name: 'Xã đạt chuẩn nông thôn mới', year: 2021, illustrative: false } })).level).toBe(
      'Xã đạt chuẩn nông thôn mới (2021)',
    );
  });

  it('marks invented data, from the assessment or the recognition', () => {
    expect(communeCard(commune()).illustrative).toBeUndefined();
    const latest = { ...commune().latest!, illustrative: true };
    expect(communeCard(commune({ latest })).illustrative).toBe('Dữ liệu minh họa');
    expect(communeCard(commune({ level: { name: 'Mức', year: 2022, illustrative: true } })).illustrative).toBe('Dữ liệu minh họa');
  });

  it('says when there is no assessment, with no figure or strip', () => {
    const card = communeCard(commune({ latest: undefined }));
    expect(card).toMatchObject({ headline: 'Chưa có kết quả đánh giá tiêu chí', scored: false, details: [], marks: [] });
  });

  it('places a former commune in its district and province, and says since when it is gone', () => {
    const card = communeCard(commune({ ancestors: ['Huyện Trà Cú', 'Tỉnh Trà Vinh'], ceasedOn: '2025-07-01' }));
    expect(card.place).toBe('Huyện Trà Cú, Tỉnh Trà Vinh');
    expect(card.former).toBe('Đơn vị hành chính cũ, không còn từ 01/07/2025');
  });
});

describe('provinceCard', () => {
  it('counts communes, those assessed and those meeting every criterion of the set', () => {
    const card = provinceCard({
      site: 'Cổng thử',
      name: 'Tỉnh Vĩnh Long',
      communes: 124,
      latest: { year: 2026, setName: 'Bộ tiêu chí B', total: 10, count: 1200, complete: 37, average: 7.46, illustrative: true },
    });
    expect(card).toMatchObject({ name: 'Tỉnh Vĩnh Long', place: '124 xã, phường, đặc khu', headline: '37/1.200 xã đạt đủ 10 tiêu chí' });
    expect(card.level).toBeUndefined();
    expect(card.details).toEqual(['1.200 xã có kết quả đánh giá năm 2026 · bình quân 7,5 tiêu chí mỗi xã', 'Bộ tiêu chí B']);
    expect(card.illustrative).toBe('Dữ liệu minh họa');
  });
});

describe('cardAlt', () => {
  it('reads out everything the card says, in order', () => {
    const alt = cardAlt(communeCard(commune({ latest: { ...commune().latest!, illustrative: true } })));
    expect(alt).toBe(
      'Ảnh xem trước: Xã Hàm Giang, Tỉnh Vĩnh Long. Mức đạt chuẩn: chưa đạt chuẩn. 14/19 tiêu chí, Đánh giá năm 2024, Bộ tiêu chí A. Dữ liệu minh họa.',
    );
  });
});
