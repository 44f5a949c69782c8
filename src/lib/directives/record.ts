/**
 * One directive as open data: the record behind /van-ban/<id>.json, /du-lieu/van-ban.json and
 * /du-lieu/van-ban.csv. The front matter is published as stored in the file (raw values, the file's
 * key order), so a reader can check the published data against the repository; what the portal
 * derives from it (address, title, parsed number, type name, facets, units) is added beside it under
 * keys the front matter schema does not use. Pure: the caller reads files and looks names up.
 */
import type { Directive } from '../../schemas/directive.ts';
import type { DirectiveFacets } from './facets.ts';
import { numberOf } from './number-of.ts';

/** The parts of the number in force, as the portal reads them (hand-set `number_parts` win). */
export interface NumberRecord {
  family: string;
  serial: number | null;
  year: number | null;
  type_code: string | null;
  body_code: string | null;
  unit_code: string | null;
  /** The number in force, without strike marks: "20/UBND-NN". */
  normalized: string;
  /** Digits struck on the original: ["26"]. */
  struck: string[];
}

/** A unit the directive names, resolved at its date. */
export interface UnitRecord {
  code: string;
  name: string;
  url: string;
}

/** Derived fields; the front matter's own fields sit beside them. */
export interface DerivedFields {
  id: string;
  /** Absolute address of the directive's page. */
  url: string;
  /** "Công văn 20/UBND-NN". */
  title: string;
  number_parsed: NumberRecord;
  type_name: string;
  facets: DirectiveFacets;
  locality_units: UnitRecord[];
  /** The Markdown body; left out of the bulk files. */
  text?: string;
}

export type DirectiveRecord = DerivedFields & Record<string, unknown>;

/** What the record is built from. */
export interface RecordInput {
  id: string;
  url: string;
  title: string;
  /** Front matter as parsed from YAML, before the schema touches it. */
  frontMatter: Record<string, unknown>;
  /** The same front matter after the schema (trimmed, defaults filled in). */
  data: Directive;
  typeName: string;
  facets: DirectiveFacets;
  units: UnitRecord[];
  /** The Markdown body, or undefined to leave it out. */
  text?: string;
}

/** The parsed number in the record's (snake_case) form. */
export const numberRecord = (d: Pick<Directive, 'number' | 'number_parts'>): NumberRecord => {
  const p = numberOf(d.number, d.number_parts);
  return {
    family: p.family,
    serial: p.serial,
    year: p.year,
    type_code: p.typeCode,
    body_code: p.bodyCode,
    unit_code: p.unitCode,
    normalized: p.normalized,
    struck: p.struck,
  };
};

/** id, url and title first, then the front matter as stored, then what the portal derives. */
export function directiveRecord(input: RecordInput): DirectiveRecord {
  const { id, url, title, frontMatter, data, typeName, facets, units, text } = input;
  return {
    id,
    url,
    title,
    ...frontMatter,
    // Derived keys last, so they are never shadowed (the schema is strict: none of them is a front matter field).
    number_parsed: numberRecord(data),
    type_name: typeName,
    facets,
    locality_units: units,
    ...(text === undefined ? {} : { text }),
  } as DirectiveRecord;
}

/** Columns of /du-lieu/van-ban.csv, in order; their meanings are in src/i18n/vi.ts (directiveCsv.<column>). */
export const CSV_COLUMNS = [
  'id',
  'url',
  'so_ky_hieu',
  'so_hieu_luc',
  'loai',
  'co_quan_ban_hanh',
  'dia_danh',
  'ngay_ban_hanh',
  'trich_yeu',
  'kinh_gui',
  'noi_nhan',
  'nguoi_ky',
  'chuc_vu',
  'tham_quyen',
  'chuong_trinh',
  'phong_trao',
  'dia_phuong',
  'van_ban_dan_chieu',
  'nguon',
  'tom_tat',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** How list cells are joined (a comma or semicolon would clash with names like "Sở, Ban, ngành"). */
export const LIST_SEPARATOR = ' | ';

const join = (values: readonly (string | undefined)[]): string => values.filter((v): v is string => !!v).join(LIST_SEPARATOR);

/** One CSV row: every cell a string, lists joined with " | ", blank where the document says nothing. */
export function csvRow(record: DirectiveRecord, d: Directive): Record<CsvColumn, string> {
  // The number exactly as in the file (struck digits and a blank serial included), not trimmed.
  const raw = typeof record.number === 'string' ? record.number : d.number;
  return {
    id: record.id,
    url: record.url,
    so_ky_hieu: raw,
    so_hieu_luc: record.number_parsed.normalized,
    loai: record.type_name,
    co_quan_ban_hanh: d.issuer,
    dia_danh: d.place ?? '',
    ngay_ban_hanh: d.date,
    trich_yeu: d.subject,
    kinh_gui: join(d.recipients),
    noi_nhan: join(d.distribution),
    nguoi_ky: d.signer?.name ?? '',
    chuc_vu: d.signer?.title ?? '',
    tham_quyen: d.signer?.authority ?? '',
    chuong_trinh: join(record.facets['chuong-trinh'].map((v) => v.name)),
    phong_trao: join(record.facets['phong-trao'].map((v) => v.name)),
    dia_phuong: join(record.locality_units.map((u) => u.name)),
    van_ban_dan_chieu: join(d.cites.map((c) => c.number)),
    nguon: join([d.source_name, d.source_url]),
    tom_tat: d.summary,
  };
}
