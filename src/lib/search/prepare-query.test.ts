import { describe, expect, it } from 'vitest';
import { prepareQuery } from './prepare-query.ts';

describe('prepareQuery', () => {
  it('has no term for a missing, empty or blank query', () => {
    expect(prepareQuery(null)).toEqual({ text: '', term: null, numbers: [], words: [] });
    expect(prepareQuery(undefined)).toEqual({ text: '', term: null, numbers: [], words: [] });
    expect(prepareQuery('  \t\n ')).toEqual({ text: '', term: null, numbers: [], words: [] });
    expect(prepareQuery('“ ”').term).toBeNull();
  });

  it('collapses spaces and trims', () => {
    expect(prepareQuery('  nông   thôn\tmới ')).toMatchObject({ text: 'nông thôn mới', term: 'nông thôn mới' });
  });

  it('composes decomposed tone marks and replaces the look-alike eth', () => {
    const decomposed = 'Co\u0302ng va\u0306n';
    expect(decomposed).not.toBe('Công văn');
    expect(prepareQuery(decomposed).term).toBe('Công văn');
    expect(prepareQuery('\u00D0ồng').term).toBe('Đồng');
  });

  it('drops quotes and brackets from the term but keeps them in the text shown back', () => {
    expect(prepareQuery('“Ngày thứ 7” (phong trào)')).toMatchObject({
      text: '“Ngày thứ 7” (phong trào)',
      term: 'Ngày thứ 7 phong trào',
    });
  });

  it('keeps words typed with tone marks and đ as they are, so exact matches rank first', () => {
    expect(prepareQuery('Đại Đồng').term).toBe('Đại Đồng');
    expect(prepareQuery('dai dong').term).toBe('dai dong');
  });

  it('turns a document number, however typed, into its index word', () => {
    for (const q of ['43/TB-UBND', '43/tb-ubnd', '43 TB-UBND']) expect(prepareQuery(q)).toMatchObject({ text: q, term: '43tbubnd', numbers: ['43tbubnd'] });
    expect(prepareQuery('Chỉ thị 04/CT').term).toBe('Chỉ thị 04ct');
    expect(prepareQuery('“815-CV/HU”').term).toBe('815cvhu');
  });

  it('lists the words to mark in results, folded and without punctuation', () => {
    expect(prepareQuery('Trần Quang Định, trần').words).toEqual(['tran', 'quang', 'dinh']);
    expect(prepareQuery('công văn 20/UBND-NN').words).toEqual(['cong', 'van', '20ubndnn']);
  });

  it('cuts a pasted page of text to 200 characters', () => {
    const long = 'xã '.repeat(150);
    expect(prepareQuery(long).text.length).toBeLessThanOrEqual(200);
  });
});
