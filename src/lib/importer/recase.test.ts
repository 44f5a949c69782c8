import { describe, expect, it } from 'vitest';
import { isAbbreviation, recaseName, recaseTitle, sentenceCase } from './recase.ts';

describe('isAbbreviation', () => {
  it('knows abbreviations from Vietnamese syllables', () => {
    for (const w of ['UBND', 'HĐND', 'NTM', 'MTQG', 'TP', 'PTNT']) expect(isAbbreviation(w), w).toBe(true);
    for (const w of ['TỈNH', 'NGHIỆP', 'QUẢNG', 'HUYỆN', 'XÃ', 'GIA', 'TRƯỜNG', 'NGUYỄN']) expect(isAbbreviation(w), w).toBe(false);
  });
});

describe('recaseName', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', 'UBND tỉnh Quảng Trị'],
    ['UBND THÀNH PHỐ QUẢNG NGÃI', 'UBND thành phố Quảng Ngãi'],
    ['HỘI ĐỒNG NHÂN DÂN HUYỆN MỘ ĐỨC', 'HĐND huyện Mộ Đức'],
    ['SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN', 'Sở Nông nghiệp và Phát triển nông thôn'],
    ['PHÒNG TÀI CHÍNH - KẾ HOẠCH', 'Phòng Tài chính - Kế hoạch'],
    ['VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI TỈNH', 'Văn phòng Điều phối nông thôn mới tỉnh'],
    ['BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG TỈNH', 'Ban Chỉ đạo các chương trình MTQG tỉnh'],
    ['HUYỆN ỦY TRÀ CÚ', 'Huyện ủy Trà Cú'],
    ['ĐẢNG BỘ TỈNH TRÀ VINH', 'Đảng bộ tỉnh Trà Vinh'],
    ['ĐẢNG ỦY XÃ ĐỨC TÂN', 'Đảng ủy xã Đức Tân'],
    ['BAN THƯỜNG VỤ HUYỆN ỦY', 'Ban Thường vụ Huyện ủy'],
    ['ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị'],
    ['THỦ TƯỚNG CHÍNH PHỦ', 'Thủ tướng Chính phủ'],
    ['UỶ BAN NHÂN DÂN HUYỆN TÂN UYÊN', 'UBND huyện Tân Uyên'],
  ])('%s → %s', (upper, expected) => {
    expect(recaseName(upper)).toBe(expected);
  });
});

describe('sentenceCase', () => {
  it('keeps place names, abbreviations and titles capitalised, and ends a place at ordinary words', () => {
    expect(sentenceCase('VỀ VIỆC RÀ SOÁT TIÊU CHÍ NTM TRÊN ĐỊA BÀN TỈNH QUẢNG NGÃI NĂM 2024')).toBe(
      'Về việc rà soát tiêu chí NTM trên địa bàn tỉnh Quảng Ngãi năm 2024',
    );
    expect(sentenceCase('KẾT LUẬN CỦA CHỦ TỊCH UBND HUYỆN')).toBe('Kết luận của Chủ tịch UBND huyện');
  });
});

describe('recaseTitle', () => {
  it.each([
    ['PHÓ CHỦ TỊCH', 'Phó Chủ tịch'],
    ['CHỦ TỊCH', 'Chủ tịch'],
    ['CHÁNH VĂN PHÒNG', 'Chánh Văn phòng'],
    ['PHÓ CHÁNH VĂN PHÒNG', 'Phó Chánh Văn phòng'],
    ['PHÓ GIÁM ĐỐC', 'Phó Giám đốc'],
    ['PHÓ BÍ THƯ', 'Phó Bí thư'],
    ['TRƯỞNG BAN', 'Trưởng ban'],
  ])('%s → %s', (upper, expected) => {
    expect(recaseTitle(upper)).toBe(expected);
  });
});
