import { describe, expect, it } from 'vitest';
import { buildCitationIndex, heldDocument, resolveMention } from './resolve.ts';

const quangTri = heldDocument('qt-20', { number: '~~26~~20/UBND-NN', issuer: 'UBND tỉnh Quảng Trị', date: '2020-06-15' });
const konTum = heldDocument('kt-43', { number: '43/TB-UBND', issuer: 'UBND tỉnh Kon Tum', date: '2024-03-02' });
const quangNgai = heldDocument('qn-43', { number: '43/TB-UBND', issuer: 'UBND tỉnh Quảng Ngãi', date: '2024-01-26' });
const ttg = heldDocument('ttg-51', { number: '51/2025/QĐ-TTg', issuer: 'Thủ tướng Chính phủ', date: '2025-12-01' });
const party = heldDocument('hu-815', { number: '815-CV/HU', issuer: 'Huyện ủy Trà Cú', date: '2023-04-12' });
const index = buildCitationIndex([quangTri, konTum, quangNgai, ttg, party]);
const elsewhere = { id: 'other', issuerKey: 'uy-ban-nhan-dan-tinh-lai-chau' };

describe('resolveMention', () => {
  it('tells apart the same number from two bodies by the date', () => {
    expect(resolveMention(index, { number: '43/TB-UBND', date: '2024-01-26' }, elsewhere)).toEqual({ status: 'held', id: 'qn-43' });
    expect(resolveMention(index, { number: '43/TB-UBND', date: '2024-03-02' }, elsewhere)).toEqual({ status: 'held', id: 'kt-43' });
  });

  it('tells them apart by the body named, with or without "Chủ tịch"', () => {
    expect(resolveMention(index, { number: '43/tb-ubnd', issuer: 'Chủ tịch UBND tỉnh Kon Tum' }, elsewhere)).toEqual({ status: 'held', id: 'kt-43' });
    expect(resolveMention(index, { number: '43/TB-UBND', issuer: 'Ủy ban nhân dân tỉnh Quảng Ngãi' }, elsewhere)).toEqual({ status: 'held', id: 'qn-43' });
  });

  it('does not link a number that fits two bodies and says which it could be', () => {
    expect(resolveMention(index, { number: '43/TB-UBND' }, elsewhere)).toEqual({ status: 'possible', ids: ['kt-43', 'qn-43'] });
    // "của UBND tỉnh" names the kind of body, not which one.
    expect(resolveMention(index, { number: '43/TB-UBND', issuer: 'UBND tỉnh' }, elsewhere).status).toBe('possible');
  });

  it('does not link a local number from another body with nothing to confirm it', () => {
    expect(resolveMention(index, { number: '20/UBND-NN' }, elsewhere)).toEqual({ status: 'possible', ids: ['qt-20'] });
  });

  it('links a body citing its own number, and the struck number of a corrected document', () => {
    const own = { id: 'qt-later', issuerKey: quangTri.issuerKey };
    expect(resolveMention(index, { number: '20/UBND-NN' }, own)).toEqual({ status: 'held', id: 'qt-20' });
    expect(resolveMention(index, { number: '26/UBND-NN', date: '2020-06-15' }, elsewhere)).toEqual({ status: 'held', id: 'qt-20' });
  });

  it('rejects a match whose date disagrees', () => {
    expect(resolveMention(index, { number: '20/UBND-NN', date: '2021-06-15' }, { id: 'x', issuerKey: quangTri.issuerKey })).toEqual({ status: 'absent' });
  });

  it('links a nationally unique legal number on its own, but not a Party number of a district', () => {
    expect(resolveMention(index, { number: '51/2025/QĐ-TTg' }, elsewhere)).toEqual({ status: 'held', id: 'ttg-51' });
    expect(resolveMention(index, { number: '815-CV/HU' }, elsewhere).status).toBe('possible');
    expect(resolveMention(index, { number: '815-CV/HU', date: '2023-04-12' }, elsewhere)).toEqual({ status: 'held', id: 'hu-815' });
  });

  it('a partial date on either side agrees with a day inside it', () => {
    const blankDay = buildCitationIndex([heldDocument('tu-1', { number: '1/TB-UBND', issuer: 'UBND huyện Tân Uyên', date: '2024-01' })]);
    expect(resolveMention(blankDay, { number: '1/TB-UBND', date: '2024-01-20' }, elsewhere)).toEqual({ status: 'held', id: 'tu-1' });
  });

  it('never links a document to itself, and honours a hand-set target', () => {
    expect(resolveMention(index, { number: '20/UBND-NN' }, { id: 'qt-20', issuerKey: quangTri.issuerKey })).toEqual({ status: 'absent' });
    expect(resolveMention(index, { number: '43/TB-UBND', directive: 'kt-43' }, elsewhere)).toEqual({ status: 'held', id: 'kt-43' });
  });

  it('finds nothing for a number the portal does not hold', () => {
    expect(resolveMention(index, { number: '1528/QĐ-UBND', date: '2022-04-14' }, elsewhere)).toEqual({ status: 'absent' });
  });
});
