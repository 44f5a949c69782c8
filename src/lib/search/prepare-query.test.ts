import { describe, expect, it } from 'vitest';
import { prepareQuery } from './prepare-query.ts';

describe('prepareQuery', () => {
  it('has no term for a missing, empty or blank query', () => {
    expect(prepareQuery(null)).toEqual({ text: '', term: null });
    expect(prepareQuery(undefined)).toEqual({ text: '', term: null });
    expect(prepareQuery('  \t\n ')).toEqual({ text: '', term: null });
    expect(prepareQuery('“ ”').term).toBeNull();
  });

  it('collapses spaces and trims', () => {
    expect(prepareQuery('  nông   thôn\tmới ')).toEqual({ text: 'nông thôn mới', term: 'nông thôn mới' });
  });

  it('composes decomposed tone marks and replaces the look-alike eth', () => {
    const decomposed = 'Co\u0302ng va\u0306n';
    expect(decomposed).not.toBe('Công văn');
    expect(prepareQuery(decomposed).term).toBe('Công văn');
    expect(prepareQuery('\u00D0ồng').term).toBe('Đồng');
  });

  it('drops quotes and brackets from the term but keeps them in the text shown back', () => {
    expect(prepareQuery('“Ngày thứ 7” (phong trào)')).toEqual({
      text: '“Ngày thứ 7” (phong trào)',
      term: 'Ngày thứ 7 phong trào',
    });
  });

  it('keeps document-number characters for the index', () => {
    expect(prepareQuery('20/UBND-NN').term).toBe('20/UBND-NN');
  });

  it('cuts a pasted page of text to 200 characters', () => {
    const long = 'xã '.repeat(150);
    expect(prepareQuery(long).text.length).toBeLessThanOrEqual(200);
  });
});
