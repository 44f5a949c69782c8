import { describe, expect, it } from 'vitest';
import { foldFields, foldedDWords } from './fold-fields.ts';

describe('foldedDWords', () => {
  it('folds only the words that contain đ, each once', () => {
    expect(foldedDWords(['Điện lực Đồng Hới, điện sạch', 'Phường Đồng Hới'])).toEqual(['dien', 'dong']);
  });

  it('keeps document numbers and codes whole, and reads the look-alike Ð as Đ', () => {
    expect(foldedDWords(['Công văn số 512/SNN-VPĐP; QĐ-TTg và HĐND.'])).toEqual(['512/snn-vpdp', 'qd-ttg', 'hdnd']);
    expect(foldedDWords(['\u00D0ồng Tháp'])).toEqual(['dong']);
  });

  it('has nothing for text without đ', () => {
    expect(foldedDWords(['Xã Hàm Giang, tỉnh Vĩnh Long', ''])).toEqual([]);
  });
});

describe('foldFields', () => {
  it('folds the whole title when it has đ, and leaves its words out of the rest', () => {
    expect(foldFields('Xã Đại Đồng', ['Huyện Thạch Thất, thành phố Hà Nội; đạt chuẩn', 'Đại Đồng'])).toEqual({
      fold_title: 'xa dai dong',
      fold_text: 'dat',
    });
  });

  it('leaves the title out when Pagefind already matches it without tone marks', () => {
    expect(foldFields('Xã Hàm Giang', ['Tỉnh Vĩnh Long'])).toEqual({ fold_title: '', fold_text: '' });
    expect(foldFields('Công văn 20/UBND-NN', ['Hà Sỹ Đồng'])).toEqual({ fold_title: '', fold_text: 'dong' });
  });
});
