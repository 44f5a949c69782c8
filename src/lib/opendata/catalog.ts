/**
 * The machine-readable catalogue of the open data (/du-lieu/catalog.json): a DCAT catalogue in JSON-LD.
 * Short keys (title, distribution, downloadURL, mediaType…) as in DCAT-US data.json, each mapped by the
 * @context to its DCAT or Dublin Core term, so the file reads as plain JSON and as linked data.
 */

/** A file of a dataset. */
export interface DistributionInput {
  title: string;
  downloadURL: string;
  /** IANA media type: text/csv, application/json. */
  mediaType: string;
  format: string;
  byteSize?: number;
}

/** A dataset. */
export interface DatasetInput {
  identifier: string;
  title: string;
  description: string;
  landingPage: string;
  keywords: string[];
  /** Last change (YYYY-MM-DD) and what it was taken from. */
  modified?: { date: string; source: 'data' | 'history' };
  temporal?: { start: string; end: string };
  /** Places covered: a name and, for units, the statistical code. */
  spatial: { name: string; code?: string }[];
  distributions: DistributionInput[];
  /** Columns, for the data dictionary. */
  columns?: { name: string; description: string; type: string; required: boolean }[];
}

/** The catalogue. */
export interface CatalogInput {
  id: string;
  title: string;
  description: string;
  homepage: string;
  language: string;
  publisher: { name: string; homepage: string };
  licence: string;
  datasets: DatasetInput[];
}

/** JSON-LD context: short keys to DCAT, Dublin Core, FOAF and SKOS terms. */
export const CATALOG_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  csvw: 'http://www.w3.org/ns/csvw#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  title: 'dct:title',
  description: 'dct:description',
  identifier: 'dct:identifier',
  language: 'dct:language',
  license: { '@id': 'dct:license', '@type': '@id' },
  publisher: 'dct:publisher',
  name: 'foaf:name',
  homepage: { '@id': 'foaf:homepage', '@type': '@id' },
  modified: { '@id': 'dct:modified', '@type': 'xsd:date' },
  modifiedSource: 'dct:provenance',
  temporal: 'dct:temporal',
  startDate: { '@id': 'dcat:startDate', '@type': 'xsd:date' },
  endDate: { '@id': 'dcat:endDate', '@type': 'xsd:date' },
  spatial: 'dct:spatial',
  prefLabel: 'skos:prefLabel',
  notation: 'skos:notation',
  keyword: { '@id': 'dcat:keyword', '@container': '@set' },
  landingPage: { '@id': 'dcat:landingPage', '@type': '@id' },
  dataset: { '@id': 'dcat:dataset', '@container': '@set' },
  distribution: { '@id': 'dcat:distribution', '@container': '@set' },
  downloadURL: { '@id': 'dcat:downloadURL', '@type': '@id' },
  mediaType: 'dcat:mediaType',
  format: 'dct:format',
  byteSize: { '@id': 'dcat:byteSize', '@type': 'xsd:nonNegativeInteger' },
  columns: { '@id': 'csvw:column', '@container': '@list' },
  datatype: 'csvw:datatype',
  required: 'csvw:required',
} as const;

/** The catalogue as a JSON-LD object. */
export const dcatCatalog = (c: CatalogInput) => {
  const publisher = { '@type': 'foaf:Organization', name: c.publisher.name, homepage: c.publisher.homepage };
  const modified = c.datasets.map((d) => d.modified?.date).filter((d): d is string => !!d).sort().at(-1);
  return {
    '@context': CATALOG_CONTEXT,
    '@id': c.id,
    '@type': 'dcat:Catalog',
    title: c.title,
    description: c.description,
    homepage: c.homepage,
    language: c.language,
    publisher,
    license: c.licence,
    ...(modified ? { modified } : {}),
    dataset: c.datasets.map((d) => ({
      '@id': d.landingPage,
      '@type': 'dcat:Dataset',
      identifier: d.identifier,
      title: d.title,
      description: d.description,
      keyword: d.keywords,
      landingPage: d.landingPage,
      ...(d.modified ? { modified: d.modified.date, modifiedSource: d.modified.source } : {}),
      ...(d.temporal ? { temporal: { '@type': 'dct:PeriodOfTime', startDate: d.temporal.start, endDate: d.temporal.end } } : {}),
      spatial: d.spatial.map((s) => ({ '@type': 'dct:Location', prefLabel: s.name, ...(s.code ? { notation: s.code } : {}) })),
      publisher,
      license: c.licence,
      distribution: d.distributions.map((f) => ({
        '@type': 'dcat:Distribution',
        title: f.title,
        downloadURL: f.downloadURL,
        mediaType: f.mediaType,
        format: f.format,
        license: c.licence,
        ...(f.byteSize !== undefined ? { byteSize: f.byteSize } : {}),
      })),
      ...(d.columns ? { columns: d.columns.map((col) => ({ '@type': 'csvw:Column', name: col.name, description: col.description, datatype: col.type, required: col.required })) } : {}),
    })),
  };
};
