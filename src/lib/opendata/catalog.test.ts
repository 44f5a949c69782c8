import { describe, expect, it } from 'vitest';
import { CATALOG_CONTEXT, dcatCatalog, type CatalogInput } from './catalog.ts';

const input: CatalogInput = {
  id: 'https://example.org/du-lieu/catalog.json',
  title: 'Dữ liệu mở',
  description: 'Mọi bộ dữ liệu',
  homepage: 'https://example.org/',
  language: 'vi',
  publisher: { name: 'Cổng', homepage: 'https://example.org/' },
  licence: 'https://creativecommons.org/licenses/by/4.0/',
  datasets: [
    {
      identifier: 'assessments',
      title: 'Kết quả đánh giá',
      description: 'Từng tiêu chí của từng xã',
      landingPage: 'https://example.org/du-lieu/#assessments',
      keywords: ['nông thôn mới'],
      modified: { date: '2025-12-31', source: 'data' },
      temporal: { start: '2021-12-31', end: '2026-12-31' },
      spatial: [{ name: 'Tỉnh Vĩnh Long', code: '86' }],
      distributions: [{ title: 'CSV', downloadURL: 'https://example.org/a.csv', mediaType: 'text/csv', format: 'CSV', byteSize: 10 }],
      columns: [{ name: 'unit', description: 'Mã', type: 'mã', required: true }],
    },
    { identifier: 'indicators', title: 'Chỉ tiêu', description: 'x', landingPage: 'https://example.org/du-lieu/#indicators', keywords: [], spatial: [], distributions: [] },
  ],
};

describe('dcatCatalog', () => {
  const catalog = dcatCatalog(input);

  it('is a DCAT catalogue of datasets with their distributions', () => {
    expect(catalog['@type']).toBe('dcat:Catalog');
    expect(catalog.dataset.map((d) => d['@type'])).toEqual(['dcat:Dataset', 'dcat:Dataset']);
    expect(catalog.dataset[0]!.distribution[0]).toMatchObject({ '@type': 'dcat:Distribution', downloadURL: 'https://example.org/a.csv', mediaType: 'text/csv', license: input.licence });
  });

  it('carries licence, publisher, place and time on every dataset, and the last change where known', () => {
    const [a, b] = catalog.dataset;
    expect(a).toMatchObject({ license: input.licence, publisher: { name: 'Cổng' }, modified: '2025-12-31', modifiedSource: 'data' });
    expect(a!.spatial).toEqual([{ '@type': 'dct:Location', prefLabel: 'Tỉnh Vĩnh Long', notation: '86' }]);
    expect(a!.temporal).toEqual({ '@type': 'dct:PeriodOfTime', startDate: '2021-12-31', endDate: '2026-12-31' });
    expect(b).not.toHaveProperty('modified');
    expect(catalog.modified).toBe('2025-12-31');
  });

  it('maps every short key it uses to a term in the context', () => {
    const keys = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== '@context') (keys.add(k), walk(x));
    };
    walk(catalog);
    for (const k of keys) if (!k.startsWith('@')) expect(CATALOG_CONTEXT, k).toHaveProperty(k);
  });
});
