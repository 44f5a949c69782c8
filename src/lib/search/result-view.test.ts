import { describe, expect, it } from 'vitest';
import { resultView } from './result-view.ts';

describe('resultView', () => {
  it('gives a directive its kind, date, number in force and struck, and issuing body', () => {
    const view = resultView({
      url: '/van-ban/ubnd-tinh-quang-tri-20-ubnd-nn-2020/',
      filters: { kind: ['Văn bản'], loai: ['Công văn'] },
      meta: { title: 'Công văn 20/UBND-NN', date: '15/06/2020', number: '20/UBND-NN · 26/UBND-NN', issuer: 'UBND tỉnh Quảng Trị', fold_text: 'dong' },
    });
    expect(view).toEqual({ about: ['Văn bản', '15/06/2020'], former: false, number: '20/UBND-NN', struck: ['26/UBND-NN'], issuer: 'UBND tỉnh Quảng Trị', formerly: '' });
    expect(resultView({ url: '/van-ban/x/', filters: {}, meta: { number: '43/TB-UBND' } })).toMatchObject({ number: '43/TB-UBND', struck: [] });
    expect(resultView({ url: '/tin-tuc/x/', filters: {}, meta: {} })).toMatchObject({ number: '', struck: [] });
  });

  it('gives a commune its level and former names, and tells a unit that ceased by its address', () => {
    const current = resultView({ url: '/ntm/dia-phuong/18880-phuong-dong-hoi/', filters: { kind: ['Địa phương'] }, meta: { level: 'Đạt chuẩn', formerly: 'Phường Đức Ninh Đông' } });
    expect(current).toMatchObject({ about: ['Địa phương', 'Đạt chuẩn'], former: false, formerly: 'Phường Đức Ninh Đông' });
    expect(resultView({ url: '/dia-phuong/truoc-2025/29489-xa-ham-tan/', filters: { kind: ['Địa phương'] }, meta: { level: '' } }).former).toBe(true);
  });
});
