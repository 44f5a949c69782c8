import { describe, expect, it } from 'vitest';
import { toLines } from './lines.ts';
import { readSigner } from './signer.ts';

const sign = (text: string) => {
  const lines = toLines(text);
  return readSigner(lines, lines.map((_, i) => i));
};

describe('readSigner', () => {
  it('reads a stacked TM. / KT. block: the innermost prefix is the signer\'s authority', () => {
    expect(sign('TM.ỦY BAN NHÂN DÂN\nKT.CHỦ TỊCH\nPHÓ CHỦ TỊCH *tc*\n\n\n\nLê Văn C')).toEqual({
      block: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
      authority: 'KT.',
      title: 'Phó Chủ tịch',
      name: 'Lê Văn C',
      used: [0, 1, 2, 6],
    });
  });

  it('reads a TL. block with a title whose second word is capitalised', () => {
    expect(sign('**TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG**\n\n(Đã ký)\n\nTrần Văn B')).toMatchObject({
      block: ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG'],
      authority: 'TL.',
      title: 'Chánh Văn phòng',
      name: 'Trần Văn B',
    });
  });

  it('reads the head signing for the collective (TM. / CHỦ TỊCH)', () => {
    expect(sign('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n[đã ký]\nPhạm Thị D')).toMatchObject({ authority: 'TM.', title: 'Chủ tịch', name: 'Phạm Thị D' });
  });

  it('reads a Party block written with the old slash prefix', () => {
    expect(sign('T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNguyễn Văn E')).toMatchObject({
      block: ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ'],
      authority: 'TM.',
      title: 'Phó Bí thư',
    });
  });

  it('reads a head signing in their own name, without a prefix', () => {
    expect(sign('GIÁM ĐỐC\n\nHoàng Văn G')).toMatchObject({ block: ['GIÁM ĐỐC'], authority: null, title: 'Giám đốc', name: 'Hoàng Văn G' });
  });

  it('leaves the title empty when the block has only a prefix line', () => {
    expect(sign('KT. CHỦ TỊCH\nLê Văn C')).toMatchObject({ authority: 'KT.', title: null, name: 'Lê Văn C' });
  });

  it('finds no name in a block without one', () => {
    expect(sign('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH')).toMatchObject({ name: null, title: 'Phó Chủ tịch' });
  });
});
