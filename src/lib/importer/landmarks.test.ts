import { describe, expect, it } from 'vitest';
import { isMotto, isNationalName, isPartyHeader, isSubjectLine, kinhGuiText, listItem, noiNhanText, numberLineText, signingPrefix } from './landmarks.ts';

describe('landmarks', () => {
  it('recognises the Quốc hiệu, the Tiêu ngữ and the Party header however they are dashed or emphasised', () => {
    expect(isNationalName('**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**')).toBe(true);
    expect(isNationalName('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe(true);
    expect(isMotto('Độc lập – Tự do – Hạnh phúc')).toBe(true);
    expect(isMotto('Độc lập - Tự do - Hạnh phúc')).toBe(true);
    expect(isPartyHeader('ĐẢNG CỘNG SẢN VIỆT NAM')).toBe(true);
    expect(isPartyHeader('ĐẢNG BỘ TỈNH TRÀ VINH')).toBe(false);
  });

  it('reads the text after "Số", with or without a colon', () => {
    expect(numberLineText('Số: 20/UBND-NN')).toBe('20/UBND-NN');
    expect(numberLineText('SỐ : /UBND-KT')).toBe('/UBND-KT');
    expect(numberLineText('Số 815-CV/HU')).toBe('815-CV/HU');
    expect(numberLineText('Số lượng xã đạt chuẩn tăng')).toBeNull();
  });

  it('reads "Kính gửi" and "Nơi nhận" with what follows on the line', () => {
    expect(kinhGuiText('Kính gửi: Sở Tài chính.')).toBe('Sở Tài chính.');
    expect(kinhGuiText('**Kính gửi:**')).toBe('');
    expect(noiNhanText('Nơi nhận:')).toBe('');
    expect(noiNhanText('Nội dung')).toBeNull();
  });

  it('reads the signing-authority prefix and its rest, tidying the spacing', () => {
    expect(signingPrefix('TM.ỦY BAN NHÂN DÂN')).toEqual({ prefix: 'TM.', printed: 'TM.', rest: 'ỦY BAN NHÂN DÂN' });
    expect(signingPrefix('KT CHỦ TỊCH')?.prefix).toBe('KT.');
    expect(signingPrefix('T/M BAN THƯỜNG VỤ')).toEqual({ prefix: 'TM.', printed: 'T/M', rest: 'BAN THƯỜNG VỤ' });
    expect(signingPrefix('Q. CHỦ TỊCH')?.prefix).toBe('Q.');
    expect(signingPrefix('TUQ. GIÁM ĐỐC')?.prefix).toBe('TUQ.');
    expect(signingPrefix('QUYẾT ĐỊNH')).toBeNull();
    expect(signingPrefix('TL. Chủ tịch')).toBeNull();
  });

  it('reads list items and the V/v line', () => {
    expect(listItem('- Như trên;')).toEqual({ marker: '-', text: 'Như trên;' });
    expect(listItem('+ Ghi rõ số liệu')).toEqual({ marker: '+', text: 'Ghi rõ số liệu' });
    expect(listItem('• Lưu: VT.')).toEqual({ marker: '-', text: 'Lưu: VT.' });
    expect(listItem('**KT. CHỦ TỊCH')).toBeNull();
    expect(isSubjectLine('V/v đôn đốc thực hiện')).toBe(true);
    expect(isSubjectLine('Về việc rà soát')).toBe(true);
    expect(isSubjectLine('Về yêu cầu chung')).toBe(false);
  });
});
