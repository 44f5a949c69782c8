import { describe, expect, it } from 'vitest';
import { parseDocumentNumber } from '../docnum/parse.ts';
import { toLines } from './lines.ts';
import { readTypeSubject } from './type-subject.ts';

const read = (text: string, number: string | null = null) => readTypeSubject(toLines(text), number ? parseDocumentNumber(number) : null);

describe('readTypeSubject', () => {
  it('reads the type title and the subject one blank line below it', () => {
    const r = read('Số: /TB-UBND\n\nTHÔNG BÁO\n\nKết luận của Chủ tịch UBND huyện tại cuộc họp\n\nNgày 19/01/2024, …', '/TB-UBND');
    expect(r).toMatchObject({ type: 'thong-bao', typeSource: 'title', conflict: null, subject: 'Kết luận của Chủ tịch UBND huyện tại cuộc họp' });
  });

  it('reads "THÔNG BÁO KẾT LUẬN" as a thông báo whose subject begins with "Kết luận"', () => {
    const r = read('THÔNG BÁO KẾT LUẬN\ncủa Phó Chủ tịch UBND huyện\ntại buổi làm việc\n\nCăn cứ …');
    expect(r).toMatchObject({ type: 'thong-bao', subject: 'Kết luận của Phó Chủ tịch UBND huyện tại buổi làm việc' });
  });

  it('joins a V/v subject wrapped over lines and takes the type from the number', () => {
    const r = read('Số: 20/UBND-NN\nV/v đẩy mạnh thực hiện phong trào\n“Ngày thứ 7 vì nông thôn mới”\n\nQuảng Trị, ngày 15 tháng 6 năm 2020', '20/UBND-NN');
    expect(r).toMatchObject({
      type: 'cong-van',
      typeSource: 'number',
      subject: 'V/v đẩy mạnh thực hiện phong trào “Ngày thứ 7 vì nông thôn mới”',
      used: [1, 2],
    });
  });

  it('takes a Party công văn from its number (815-CV/HU)', () => {
    expect(read('Số 815-CV/HU\nV/v tăng cường lãnh đạo', '815-CV/HU')).toMatchObject({ type: 'cong-van', typeSource: 'number' });
  });

  it('puts a subject printed in capitals in sentence case and says so', () => {
    const r = read('KẾ HOẠCH\nTRIỂN KHAI XÂY DỰNG NÔNG THÔN MỚI NĂM 2024 TRÊN ĐỊA BÀN HUYỆN MỘ ĐỨC\n\nCăn cứ …');
    expect(r).toMatchObject({ type: 'ke-hoach', recased: true, subject: 'Triển khai xây dựng nông thôn mới năm 2024 trên địa bàn huyện Mộ Đức' });
  });

  it('reports a title that disagrees with the number', () => {
    expect(read('Số: 12/UBND-VP\n\nTHÔNG BÁO\nLịch làm việc', '12/UBND-VP')).toMatchObject({ type: 'thong-bao', conflict: 'cong-van' });
  });

  it('takes no title from the text: an upper-case heading after the first paragraph is not the type', () => {
    const r = read('Số: 7/UBND-NN\nV/v ra quân\n\nCăn cứ Quyết định số 318/QĐ-TTg;\nUBND tỉnh đề nghị:\nKẾ HOẠCH RA QUÂN\nCác xã ra quân.', '7/UBND-NN');
    expect(r).toMatchObject({ type: 'cong-van', typeSource: 'number', subject: 'V/v ra quân', used: [1] });
  });

  it('falls back to the V/v line when neither title nor number names a type', () => {
    expect(read('V/v rà soát tiêu chí')).toMatchObject({ type: 'cong-van', typeSource: 'subject' });
  });
});
