import { describe, expect, it } from 'vitest';
import { listPages } from './list-pages.ts';

describe('listPages', () => {
  it('publishes every page of every list and one index per facet, but not the first page of the whole list', () => {
    const listings = [
      { entries: [1, 2, 3] },
      { facet: { key: 'nam', slug: '2024' }, entries: [1] },
    ];
    const paths = listPages('/tin-tuc/', listings, 2, ['nam', 'tinh']).map((p) => p.params.listing);
    expect(paths).toEqual(['trang/2', 'nam/2024', 'nam', 'tinh']);
  });

  it('gives a list page its listing and number, and an index its facet', () => {
    const [second, index] = listPages('/van-ban/', [{ entries: [1, 2] }], 1, ['loai']);
    expect(second!.props).toMatchObject({ page: 2, facetKey: undefined });
    expect(index!.props).toEqual({ listing: undefined, page: 1, facetKey: 'loai' });
  });
});
