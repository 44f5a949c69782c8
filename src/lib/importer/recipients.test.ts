import { describe, expect, it } from 'vitest';
import { toLines } from './lines.ts';
import { readRecipients } from './recipients.ts';

describe('readRecipients', () => {
  it('reads a single recipient on the "Kính gửi" line', () => {
    expect(readRecipients(toLines('V/v rà soát\n\nKính gửi: Ủy ban nhân dân tỉnh Quảng Ngãi.\n\nThực hiện …'))).toEqual({
      recipients: ['Ủy ban nhân dân tỉnh Quảng Ngãi'],
      used: [2],
    });
  });

  it('reads a list below it, blank lines allowed between items, separators removed', () => {
    const r = readRecipients(toLines('Kính gửi:\n\n- Các Sở, ban, ngành tỉnh;\n\n- UBND các huyện, thị xã.\n\nThực hiện chỉ đạo của UBND tỉnh, …'));
    expect(r.recipients).toEqual(['Các Sở, ban, ngành tỉnh', 'UBND các huyện, thị xã']);
    expect(r.used).toEqual([0, 2, 4]);
  });

  it('joins a name the copy wrapped onto a line starting in lower case', () => {
    expect(readRecipients(toLines('Kính gửi:\n- Ủy ban Mặt trận Tổ quốc Việt Nam\ntỉnh Quảng Trị;\n- Sở Tài chính.')).recipients).toEqual([
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị',
      'Sở Tài chính',
    ]);
  });

  it('finds nothing in a document without "Kính gửi"', () => {
    expect(readRecipients(toLines('THÔNG BÁO\nKết luận …'))).toEqual({ recipients: [], used: [] });
  });
});
