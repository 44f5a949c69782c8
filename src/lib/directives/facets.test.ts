import { describe, expect, it } from 'vitest';
import { countFacets, directiveFacets, facetListings, issuerNames, UNDATED, type FacetNames } from './facets.ts';

const names: FacetNames = {
  typeName: (k) => ({ 'cong-van': 'Công văn', 'thong-bao': 'Thông báo' })[k] ?? k,
  issuerName: (k) => `name:${k}`,
  programmeName: (k) => `P ${k}`,
  campaignName: (k) => `C ${k}`,
  provinces: [{ slug: '44-tinh-quang-tri', name: 'Tỉnh Quảng Trị' }, { slug: '44-tinh-quang-tri', name: 'Tỉnh Quảng Trị' }],
  undated: 'Không rõ năm',
};
const doc = { type: 'cong-van', issuer: 'UBND tỉnh Quảng Trị', date: '2020-06-15', programmes: ['a', 'a'], campaigns: ['x'] };

describe('directiveFacets', () => {
  it('gives one value per type, body and year, and each province, programme and campaign once', () => {
    expect(directiveFacets(doc, names)).toEqual({
      loai: [{ slug: 'cong-van', name: 'Công văn' }],
      'co-quan': [{ slug: 'uy-ban-nhan-dan-tinh-quang-tri', name: 'name:uy-ban-nhan-dan-tinh-quang-tri' }],
      nam: [{ slug: '2020', name: '2020' }],
      tinh: [{ slug: '44-tinh-quang-tri', name: 'Tỉnh Quảng Trị' }],
      'chuong-trinh': [{ slug: 'a', name: 'P a' }],
      'phong-trao': [{ slug: 'x', name: 'C x' }],
    });
  });

  it('files a year-only or month-only date under its year, and a blank date as undated', () => {
    expect(directiveFacets({ ...doc, date: '2024' }, names).nam).toEqual([{ slug: '2024', name: '2024' }]);
    expect(directiveFacets({ ...doc, date: '2024-01' }, names).nam).toEqual([{ slug: '2024', name: '2024' }]);
    expect(directiveFacets({ ...doc, date: '' }, names).nam).toEqual([{ slug: UNDATED, name: 'Không rõ năm' }]);
  });
});

describe('issuerNames', () => {
  it('merges spellings of one body under its most used name', () => {
    const m = issuerNames(['UBND tỉnh Quảng Trị', 'Ủy ban nhân dân tỉnh Quảng Trị', 'UBND tỉnh Quảng Trị', 'Huyện ủy Trà Cú']);
    expect(m.get('uy-ban-nhan-dan-tinh-quang-tri')).toBe('UBND tỉnh Quảng Trị');
    expect(m.size).toBe(2);
  });
});

describe('countFacets', () => {
  it('counts each value and orders years newest first with undated last', () => {
    const all = [
      directiveFacets(doc, names),
      directiveFacets({ ...doc, date: '2024', type: 'thong-bao' }, names),
      directiveFacets({ ...doc, date: '' }, names),
    ];
    const c = countFacets(all);
    expect(c.nam.map((v) => [v.slug, v.count])).toEqual([['2024', 1], ['2020', 1], [UNDATED, 1]]);
    expect(c.loai.map((v) => [v.name, v.count])).toEqual([['Công văn', 2], ['Thông báo', 1]]);
    expect(c.tinh).toEqual([{ slug: '44-tinh-quang-tri', name: 'Tỉnh Quảng Trị', count: 3 }]);
  });
});

describe('facetListings', () => {
  it('gives the whole list, then each counted value with its items in the original order', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const facetsOf = new Map([
      ['a', { nam: [{ slug: '2024', name: '2024' }] }],
      ['b', { nam: [{ slug: '2020', name: '2020' }] }],
      ['c', { nam: [{ slug: '2024', name: '2024' }] }],
    ]);
    const counts = countFacets([...facetsOf.values()], ['nam'] as const);
    expect(facetListings(items, facetsOf, counts, ['nam'] as const).map((l) => [l.facet?.slug, l.entries.map((e) => e.id)])).toEqual([
      [undefined, ['a', 'b', 'c']],
      ['2024', ['a', 'c']],
      ['2020', ['b']],
    ]);
  });
});
