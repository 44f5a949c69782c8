import { describe, expect, it } from 'vitest';
import { readHeader } from './header.ts';
import { toLines } from './lines.ts';

describe('readHeader', () => {
  it('reads a two-column header flattened row by row, skipping the Quốc hiệu and Tiêu ngữ', () => {
    const lines = toLines(
      [
        'UBND TỈNH QUẢNG NGÃI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\tĐộc lập - Tự do - Hạnh phúc',
        '-------\t---------------',
        'Số: 12/SNN-VPĐP\tQuảng Ngãi, ngày 12 tháng 3 năm 2024',
      ].join('\n'),
    );
    const h = readHeader(lines);
    expect(h).toMatchObject({
      issuer: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ngãi',
      issuerParent: 'UBND tỉnh Quảng Ngãi',
      placeAdded: true,
      party: false,
    });
    expect(h.used).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('reads a header flattened column by column and joins a name wrapped over two lines', () => {
    const lines = toLines(
      ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG TRỊ', '', 'Số: 20/UBND-NN', 'V/v đẩy mạnh phong trào', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'].join('\n'),
    );
    expect(readHeader(lines)).toMatchObject({ issuer: 'UBND tỉnh Quảng Trị', issuerParent: null, placeAdded: false });
  });

  it('reads a Party header: "ĐẢNG CỘNG SẢN VIỆT NAM" on the right, the committee and its parent on the left', () => {
    const lines = toLines(['ĐẢNG BỘ TỈNH TRÀ VINH\tĐẢNG CỘNG SẢN VIỆT NAM', 'HUYỆN ỦY TRÀ CÚ', '*', 'Số 815-CV/HU\tTrà Cú, ngày 12 tháng 4 năm 2023'].join('\n'));
    expect(readHeader(lines)).toMatchObject({ issuer: 'Huyện ủy Trà Cú', issuerParent: 'Đảng bộ tỉnh Trà Vinh', party: true });
  });

  it('finds no issuer in a copy that starts at the number', () => {
    expect(readHeader(toLines('\n\nSố: /UBND-KT\n\nTP. Quảng Ngãi, ngày tháng năm 2024'))).toMatchObject({ issuer: null, issuerParent: null });
  });
});
