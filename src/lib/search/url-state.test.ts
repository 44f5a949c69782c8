import { describe, expect, it } from 'vitest';
import { parseLibraryState, parseSearchState, serializeLibraryState, serializeSearchState, type SearchState } from './url-state.ts';

const parse = (qs: string) => parseSearchState(new URLSearchParams(qs));

describe('search page state', () => {
  it('reads the query, every value of each filter, and the sort', () => {
    expect(parse('q=n%C3%B4ng+th%C3%B4n&loai=C%C3%B4ng+v%C4%83n&loai=Th%C3%B4ng+b%C3%A1o&nam=2024&muc=V%C4%83n+b%E1%BA%A3n&sap-xep=ngay')).toEqual({
      q: 'nông thôn',
      filters: { loai: ['Công văn', 'Thông báo'], nam: ['2024'], kind: ['Văn bản'] },
      sort: 'date',
    });
  });

  it('defaults to no query, no filter and best match; ignores unknown and empty parameters', () => {
    expect(parse('')).toEqual({ q: '', filters: {}, sort: 'relevance' });
    expect(parse('sap-xep=xyz&loai=&foo=bar&tinh=%20')).toEqual({ q: '', filters: {}, sort: 'relevance' });
  });

  it('drops repeated values', () => {
    expect(parse('nam=2024&nam=2024').filters).toEqual({ nam: ['2024'] });
  });

  it('writes q first, filters in a fixed order, the sort last, and leaves defaults out', () => {
    const state: SearchState = { q: ' cong van ', filters: { tinh: ['Tỉnh Quảng Trị'], kind: ['Văn bản'], loai: [] }, sort: 'date' };
    expect(serializeSearchState(state)).toBe('q=cong+van&muc=V%C4%83n+b%E1%BA%A3n&tinh=T%E1%BB%89nh+Qu%E1%BA%A3ng+Tr%E1%BB%8B&sap-xep=ngay');
    expect(serializeSearchState({ q: '', filters: {}, sort: 'relevance' })).toBe('');
  });

  it('reads back what it wrote', () => {
    const state: SearchState = { q: 'Ngày thứ 7 & “nông thôn”', filters: { 'co-quan': ['UBND tỉnh Quảng Trị', 'Huyện ủy Trà Cú'], nam: ['2020'] }, sort: 'relevance' };
    expect(parse(serializeSearchState(state))).toEqual(state);
  });
});

describe('library state', () => {
  it('reads one slug per facet and ignores other parameters', () => {
    expect(parseLibraryState(new URLSearchParams('loai=cong-van&nam=2024&trang=2&q=x'))).toEqual({ loai: 'cong-van', nam: '2024' });
  });

  it('takes the first non-empty value of a repeated facet', () => {
    expect(parseLibraryState(new URLSearchParams('loai=&loai=thong-bao&loai=cong-van'))).toEqual({ loai: 'thong-bao' });
  });

  it('writes facets in their fixed order and round-trips', () => {
    const qs = serializeLibraryState({ 'phong-trao': 'ngay-thu-7-vi-nong-thon-moi', loai: 'cong-van', tinh: '' });
    expect(qs).toBe('loai=cong-van&phong-trao=ngay-thu-7-vi-nong-thon-moi');
    expect(parseLibraryState(new URLSearchParams(qs))).toEqual({ loai: 'cong-van', 'phong-trao': 'ngay-thu-7-vi-nong-thon-moi' });
    expect(serializeLibraryState({})).toBe('');
  });
});
