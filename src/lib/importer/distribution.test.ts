import { describe, expect, it } from 'vitest';
import { readDistribution } from './distribution.ts';
import { toLines } from './lines.ts';

describe('readDistribution', () => {
  it('reads the list down to "Lưu", keeping separators inside items', () => {
    const lines = toLines('…thực hiện./.\n\nNơi nhận:\n- TT. Huyện ủy; (B/c)\n- Như trên;\n- Lưu: VT, VP.\n\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nTrần Văn B');
    const d = readDistribution(lines);
    expect(d.distribution).toEqual(['TT. Huyện ủy; (B/c)', 'Như trên', 'Lưu: VT, VP']);
    expect(d.start).toBe(2);
    expect(d.others.map((i) => lines[i])).toEqual(['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'Trần Văn B']);
  });

  it('separates the signature block interleaved with the list by a flattened table', () => {
    const lines = toLines(
      [
        'Nơi nhận:\tTM. ỦY BAN NHÂN DÂN',
        '- Như trên;\tKT. CHỦ TỊCH',
        '- Văn phòng Điều phối nông thôn mới\tPHÓ CHỦ TỊCH',
        'tỉnh;',
        '- Lưu: VT, NN.\t(Đã ký)',
        '\tLê Văn C',
      ].join('\n'),
    );
    const d = readDistribution(lines);
    expect(d.distribution).toEqual(['Như trên', 'Văn phòng Điều phối nông thôn mới tỉnh', 'Lưu: VT, NN']);
    expect(d.others.map((i) => lines[i])).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '(Đã ký)', 'Lê Văn C']);
  });

  it('takes the last "Nơi nhận" of the document', () => {
    expect(readDistribution(toLines('Nơi nhận: gửi kèm theo.\n\nNơi nhận:\n- Lưu: VT.')).distribution).toEqual(['Lưu: VT']);
  });

  it('finds nothing without "Nơi nhận"', () => {
    expect(readDistribution(toLines('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn C'))).toEqual({ distribution: [], start: -1, others: [], used: [] });
  });
});
