import { describe, expect, it } from 'vitest';
import { citesDocument } from './cites-document.ts';
import type { OutgoingCitation } from './outgoing.ts';

const cite = (number: string, date = '', issuer = '', resolution: OutgoingCitation['resolution'] = { status: 'absent' }): OutgoingCitation => ({
  number,
  key: number.toLowerCase(),
  typeKey: null,
  date,
  issuer,
  resolution,
});
const elsewhere = { id: 'x', issuerKey: 'uy-ban-nhan-dan-tinh-lai-chau' };
const launch = { number: '815-CV/HU', date: '2023-04-12', issuer: 'Huyện ủy Trà Cú' };

describe('citesDocument', () => {
  it('follows the held directive when the portal has the document', () => {
    expect(citesDocument([cite('20/UBND-NN', '', '', { status: 'held', id: 'qt-20' })], { number: '20/UBND-NN' }, 'qt-20', elsewhere)).toBe(true);
    expect(citesDocument([cite('20/UBND-NN', '', '', { status: 'possible', ids: ['qt-20'] })], { number: '20/UBND-NN' }, 'qt-20', elsewhere)).toBe(false);
  });

  it('matches a document the portal does not hold by number and date, or number and body', () => {
    expect(citesDocument([cite('815-CV/HU', '2023-04-12')], launch, null, elsewhere)).toBe(true);
    expect(citesDocument([cite('815-CV/HU', '', 'Huyện ủy Trà Cú')], launch, null, elsewhere)).toBe(true);
  });

  it('does not take the same number of another body or date for it', () => {
    expect(citesDocument([cite('815-CV/HU')], launch, null, elsewhere)).toBe(false);
    expect(citesDocument([cite('815-CV/HU', '2022-01-05')], launch, null, elsewhere)).toBe(false);
    expect(citesDocument([cite('815-CV/HU', '', 'Huyện ủy Mỏ Cày Nam')], launch, null, elsewhere)).toBe(false);
  });
});
