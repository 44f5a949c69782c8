import { describe, expect, it } from 'vitest';
import { buildCitationIndex, heldDocument } from './resolve.ts';
import { outgoingCitations } from './outgoing.ts';

const index = buildCitationIndex([
  heldDocument('qt-20', { number: '20/UBND-NN', issuer: 'UBND tỉnh Quảng Trị', date: '2020-06-15' }),
  heldDocument('qn-43', { number: '43/TB-UBND', issuer: 'UBND tỉnh Quảng Ngãi', date: '2024-01-26' }),
]);
const citing = { id: 'me', issuerKey: 'uy-ban-nhan-dan-thanh-pho-quang-ngai', ownKeys: ['7/ubnd-kt'] };

describe('outgoingCitations', () => {
  it('lists each cited document once, merging what metadata and text say', () => {
    const out = outgoingCitations(index, citing, [{ number: '43/TB-UBND' }], [
      'Thực hiện Thông báo số 43/TB-UBND ngày 26/01/2024 của UBND tỉnh; theo Thông báo số 43/TB-UBND.',
    ]);
    expect(out).toEqual([
      { number: '43/TB-UBND', key: '43/tb-ubnd', typeKey: 'thong-bao', date: '2024-01-26', issuer: 'UBND tỉnh', resolution: { status: 'held', id: 'qn-43' } },
    ]);
  });

  it('keeps the same number with two dates as two documents', () => {
    const out = outgoingCitations(index, citing, [], ['Thông báo số 43/TB-UBND ngày 26/01/2024 và Thông báo số 43/TB-UBND ngày 02/3/2023']);
    expect(out.map((o) => [o.date, o.resolution.status])).toEqual([
      ['2024-01-26', 'held'],
      ['2023-03-02', 'absent'],
    ]);
  });

  it('skips the document\'s own number and honours a hand-set target', () => {
    const out = outgoingCitations(index, citing, [{ number: '20/UBND-NN', directive: 'qt-20' }], ['Công văn số 7/UBND-KT này']);
    expect(out).toHaveLength(1);
    expect(out[0]!.resolution).toEqual({ status: 'held', id: 'qt-20' });
  });

  it('lists a number the portal does not hold, unlinked', () => {
    const out = outgoingCitations(index, citing, [{ number: '1528/QĐ-UBND', date: '2022-04-14' }], []);
    expect(out[0]).toMatchObject({ typeKey: 'quyet-dinh', resolution: { status: 'absent' } });
  });
});
