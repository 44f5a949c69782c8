/**
 * The machine-readable catalogue of the open data, DCAT in JSON-LD (lib/opendata/catalog.ts): every
 * dataset with its title, description, licence, publisher, places and dates covered, last change,
 * columns, and its files (whole CSV and JSON, each source file, each province's and district's rows).
 */
import type { APIRoute } from 'astro';
import { t } from '../../i18n/vi.ts';
import { dcatCatalog, type DatasetInput } from '../../lib/opendata/catalog.ts';
import { DATASETS } from '../../schemas/datasets.ts';
import { CATALOG_PATH, absoluteUrl } from '../../site/paths.ts';
import { DATA_LICENCE, coveredProvinces, datasetPaths, openData } from '../../site/open-data.ts';
import { toCsv, toJson } from '../../lib/opendata/serialize.ts';
import { CSV_COLUMNS } from '../../lib/directives/record.ts';
import { parsePartialDate, partialDateEnd } from '../../lib/dates/partial-date.ts';
import { portal } from '../../site/portal.ts';

// Datasets about places; the others (criteria, indicators, programmes) are national reference lists.
const GEOGRAPHIC = new Set(['units', 'lineage', 'assessments', 'recognitions', 'figures', 'disbursements']);

export const GET: APIRoute = async () => {
  const [data, provinces, p] = await Promise.all([openData(), coveredProvinces(), portal()]);
  const nation = { name: t('data.nation'), code: 'VN' };
  const datasets = data.datasets.map((d): DatasetInput => {
    const def = DATASETS.find((x) => x.key === d.key)!;
    const paths = datasetPaths(d);
    const scoped = data.scopes.flatMap((s) => s.files.filter((f) => f.key === d.key).map((f) => ({ scope: s.scope, file: f })));
    return {
      identifier: d.key,
      title: d.title,
      description: t(`dataset.${d.key}`),
      landingPage: absoluteUrl(`/du-lieu/#${d.key}`),
      keywords: t('data.keywords').split('|'),
      modified: d.modified,
      temporal: d.dates.first && d.dates.last ? { start: d.dates.first, end: d.dates.last } : undefined,
      spatial: GEOGRAPHIC.has(d.key) ? [nation, ...provinces] : [nation],
      distributions: [
        { title: `${d.title} (CSV)`, downloadURL: absoluteUrl(paths.csv), mediaType: 'text/csv', format: 'CSV', byteSize: Buffer.byteLength(toCsv(d.columns, d.rows)) },
        { title: `${d.title} (JSON)`, downloadURL: absoluteUrl(paths.json), mediaType: 'application/json', format: 'JSON', byteSize: Buffer.byteLength(toJson(d.columns, d.rows)) },
        ...d.files.map((f) => ({ title: `${d.title}: data/${f.path}`, downloadURL: absoluteUrl(`/du-lieu/${f.path}`), mediaType: 'text/csv', format: 'CSV' })),
        ...scoped.map(({ scope, file }) => ({ title: `${d.title}: ${scope.label}`, downloadURL: absoluteUrl(file.path), mediaType: 'text/csv', format: 'CSV' })),
      ],
      columns: Object.entries(def.columns).map(([name, c]) => ({ name, description: c.vi, type: c.type, required: c.required })),
    };
  });
  // The directives, published from content/directives (not a CSV dataset): /du-lieu/van-ban.csv and .json.
  const today = new Date().toISOString().slice(0, 10);
  const days = p.directives.map((d) => parsePartialDate(d.data.date)).map((d) => (d && partialDateEnd(d)) ?? undefined).filter((d): d is string => !!d).sort();
  const latest = days.filter((d) => d <= today).at(-1);
  datasets.push({
    identifier: 'van-ban',
    title: t('data.directives.title'),
    description: t('data.directives.lead'),
    landingPage: absoluteUrl('/du-lieu/#van-ban'),
    keywords: t('data.keywords').split('|'),
    modified: latest ? { date: latest, source: 'data' } : undefined,
    temporal: days.length ? { start: days[0]!, end: days.at(-1)! } : undefined,
    spatial: [nation, ...provinces],
    distributions: [
      { title: `${t('data.directives.title')} (CSV)`, downloadURL: absoluteUrl('/du-lieu/van-ban.csv'), mediaType: 'text/csv', format: 'CSV' },
      { title: `${t('data.directives.title')} (JSON)`, downloadURL: absoluteUrl('/du-lieu/van-ban.json'), mediaType: 'application/json', format: 'JSON' },
    ],
    columns: CSV_COLUMNS.map((c) => ({ name: c, description: t(`directiveCsv.${c}`), type: 'chữ', required: false })),
  });
  const catalog = dcatCatalog({
    id: absoluteUrl(CATALOG_PATH),
    title: t('data.catalogTitle'),
    description: t('data.catalogDescription'),
    homepage: absoluteUrl('/du-lieu/'),
    language: 'vi',
    publisher: { name: t('site.name'), homepage: absoluteUrl('/') },
    licence: DATA_LICENCE.url,
    datasets,
  });
  return new Response(`${JSON.stringify(catalog, null, 1)}\n`, { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
