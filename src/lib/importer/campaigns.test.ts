import { describe, expect, it } from 'vitest';
import { campaignsMentioned } from './campaigns.ts';

const CAMPAIGNS = [
  { id: 'ngay-thu-7', name: 'Ngày thứ 7 vì nông thôn mới' },
  { id: 'ca-nuoc', name: 'Cả nước chung sức xây dựng nông thôn mới' },
];

describe('campaignsMentioned', () => {
  it('finds a campaign named in the text, whatever the quotes and case', () => {
    expect(campaignsMentioned('đẩy mạnh phong trào “NGÀY THỨ 7 VÌ NÔNG THÔN MỚI”', CAMPAIGNS)).toEqual(['ngay-thu-7']);
  });

  it('reads NTM as nông thôn mới', () => {
    expect(campaignsMentioned('phong trào “Cả nước chung sức xây dựng NTM”', CAMPAIGNS)).toEqual(['ca-nuoc']);
  });

  it('does not take a similar name for the campaign', () => {
    expect(campaignsMentioned('phong trào “Cả nước chung tay xây dựng NTM”', CAMPAIGNS)).toEqual([]);
    expect(campaignsMentioned('Ngày thứ 7 vì nông thôn mới nâng cao', [{ id: 'x', name: 'Ngày thứ 7 vì nông thôn' }])).toEqual(['x']);
  });
});
