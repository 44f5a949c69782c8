/**
 * The registry of CSV datasets: where each lives under data/, which row schema checks it, what each
 * column means (the data dictionary shown on /du-lieu/ and in README), and which columns make a row
 * unique. The loaders, `npm run validate` and the open-data pages all read this one table.
 */
import type { z } from 'astro/zod';
import { assessmentRow, recognitionRow } from './assessment.ts';
import { criteriaGroupRow, criteriaSetRow, criterionRow, levelRow } from './criteria.ts';
import { disbursementRow, figureRow, indicatorRow, programmeRow } from './figure.ts';
import { lineageRow, unitRow } from './unit.ts';

/** What one column holds, for the data dictionary. */
export interface ColumnDoc {
  /** Meaning, in Vietnamese. */
  vi: string;
  /** Type and allowed values, in Vietnamese. */
  type: string;
  /** Whether a blank cell is allowed. */
  required: boolean;
}

/** One kind of CSV file. */
export interface Dataset<S extends z.ZodType = z.ZodType> {
  /** Collection and dataset key. */
  key: string;
  /** Title shown on the open-data page. */
  title: string;
  /** Files, relative to the data folder. */
  pattern: RegExp;
  /** Example path shown in messages and docs. */
  example: string;
  /** Who writes it: a publisher by hand, or a script. */
  writtenBy: 'publisher' | 'script';
  /** Checks and types one row (all cells are strings). */
  row: S;
  /** Columns in file order, with their documentation. */
  columns: Record<string, ColumnDoc>;
  /** Columns whose values together must be unique across all files of the dataset. */
  unique: string[];
}

const col = (vi: string, type: string, required = true): ColumnDoc => ({ vi, type, required });
const SOURCE = col('Nguồn: van-ban/<mã>, tin-tuc/<mã> hoặc địa chỉ https://…', 'tham chiếu', false);
const ILLUSTRATIVE = col('1 nếu là số liệu minh họa (không phải số liệu thật)', '1 hoặc 0/trống', false);
const NOTE = col('Ghi chú', 'chữ', false);
const UNIT = col('Mã đơn vị hành chính (mã thống kê), có thể kèm @ngày', 'mã 2, 3 hoặc 5 chữ số');
const SCOPE = col('Phạm vi: VN (cả nước) hoặc mã đơn vị hành chính', 'VN hoặc mã');
const SET = col('Mã bộ tiêu chí (data/criteria/sets.csv)', 'mã');
const YEAR = col('Năm', 'năm, 4 chữ số');

/** Every CSV dataset of the portal. */
export const DATASETS = [
  {
    key: 'units',
    title: 'Đơn vị hành chính',
    pattern: /^units\/\d{2}-[a-z0-9-]+\.csv$/,
    example: 'units/86-vinh-long.csv',
    writtenBy: 'script',
    row: unitRow,
    columns: {
      code: col('Mã đơn vị hành chính (mã thống kê)', 'mã 2, 3 hoặc 5 chữ số, giữ số 0 đầu'),
      name: col('Tên (không kèm loại)', 'chữ'),
      kind: col('Loại đơn vị', 'tỉnh, thành phố, quận, huyện, thị xã, xã, phường, thị trấn, đặc khu'),
      level: col('Cấp', 'province, district, commune'),
      parent_code: col('Mã đơn vị cấp trên cùng thời kỳ', 'mã', false),
      valid_from: col('Ngày bắt đầu hiệu lực', 'năm-tháng-ngày (2024-01-26)', false),
      valid_to: col('Ngày hết hiệu lực', 'năm-tháng-ngày (2024-01-26)', false),
      source: col('Văn bản thành lập hoặc sắp xếp', 'chữ', false),
    },
    unique: ['code', 'valid_from'],
  },
  {
    key: 'lineage',
    title: 'Sắp xếp đơn vị hành chính (cũ → mới)',
    pattern: /^lineage\/\d{2}-[a-z0-9-]+\.csv$/,
    example: 'lineage/86-vinh-long.csv',
    writtenBy: 'script',
    row: lineageRow,
    columns: {
      old_code: col('Mã đơn vị trước sắp xếp', 'mã'),
      new_code: col('Mã đơn vị sau sắp xếp', 'mã'),
      date: col('Ngày sắp xếp có hiệu lực', 'năm-tháng-ngày (2024-01-26)'),
      kind: col('full: nhập toàn bộ; partial: nhập một phần', 'full, partial'),
      resolution: col('Nghị quyết sắp xếp', 'số ký hiệu'),
    },
    unique: ['old_code', 'new_code', 'date'],
  },
  {
    key: 'criteriaSets',
    title: 'Bộ tiêu chí',
    pattern: /^criteria\/sets\.csv$/,
    example: 'criteria/sets.csv',
    writtenBy: 'publisher',
    row: criteriaSetRow,
    columns: {
      set: col('Mã bộ tiêu chí', 'mã viết thường không dấu'),
      name: col('Tên bộ tiêu chí', 'chữ'),
      decision: col('Quyết định ban hành', 'số ký hiệu'),
      decision_date: col('Ngày ký quyết định', 'năm-tháng-ngày (2024-01-26)'),
      applies_from: col('Áp dụng từ ngày', 'năm-tháng-ngày (2024-01-26)'),
      applies_to: col('Áp dụng đến ngày', 'năm-tháng-ngày (2024-01-26)'),
      source: SOURCE,
      note: NOTE,
    },
    unique: ['set'],
  },
  {
    key: 'criteriaGroups',
    title: 'Nhóm tiêu chí',
    pattern: /^criteria\/groups\.csv$/,
    example: 'criteria/groups.csv',
    writtenBy: 'publisher',
    row: criteriaGroupRow,
    columns: { set: SET, group: col('Ký hiệu nhóm (I, II…)', 'chữ'), name: col('Tên nhóm', 'chữ') },
    unique: ['set', 'group'],
  },
  {
    key: 'criteria',
    title: 'Tiêu chí',
    pattern: /^criteria\/criteria\.csv$/,
    example: 'criteria/criteria.csv',
    writtenBy: 'publisher',
    row: criterionRow,
    columns: {
      set: SET,
      number: col('Số thứ tự tiêu chí trong bộ', 'số nguyên'),
      name: col('Tên tiêu chí', 'chữ'),
      group: col('Ký hiệu nhóm', 'chữ', false),
    },
    unique: ['set', 'number'],
  },
  {
    key: 'levels',
    title: 'Mức đạt chuẩn',
    pattern: /^criteria\/levels\.csv$/,
    example: 'criteria/levels.csv',
    writtenBy: 'publisher',
    row: levelRow,
    columns: {
      set: SET,
      level: col('Mã mức', 'dat-chuan, nang-cao, kieu-mau, hien-dai…'),
      name: col('Tên mức', 'chữ'),
      rank: col('Thứ bậc (1 là mức đầu tiên)', 'số nguyên'),
      decision: col('Văn bản quy định mức', 'số ký hiệu', false),
    },
    unique: ['set', 'level'],
  },
  {
    key: 'assessments',
    title: 'Kết quả đánh giá tiêu chí của xã',
    pattern: /^assessments\/\d{2}-[a-z0-9-]+\/\d{4}\.csv$/,
    example: 'assessments/86-vinh-long/2024.csv',
    writtenBy: 'publisher',
    row: assessmentRow,
    columns: {
      unit: UNIT,
      year: YEAR,
      as_of: col('Ngày đánh giá (trống = 31/12 của năm)', 'năm-tháng-ngày (2024-01-26)', false),
      set: SET,
      criterion: col('Số thứ tự tiêu chí', 'số nguyên'),
      met: col('Đạt tiêu chí', '1 (đạt) hoặc 0 (chưa đạt)'),
      value: col('Giá trị đo được', 'chữ', false),
      note: NOTE,
      source: SOURCE,
      illustrative: ILLUSTRATIVE,
    },
    unique: ['unit', 'year', 'set', 'criterion'],
  },
  {
    key: 'recognitions',
    title: 'Quyết định công nhận',
    pattern: /^recognitions\/\d{2}-[a-z0-9-]+\.csv$/,
    example: 'recognitions/86-vinh-long.csv',
    writtenBy: 'publisher',
    row: recognitionRow,
    columns: {
      unit: UNIT,
      set: SET,
      level: col('Mức được công nhận (data/criteria/levels.csv)', 'mã'),
      year: YEAR,
      decision: col('Số ký hiệu quyết định công nhận (trống nếu nguồn không ghi)', 'số ký hiệu', false),
      decision_date: col('Ngày quyết định', 'năm-tháng-ngày (2024-01-26)', false),
      issuer: col('Cơ quan ban hành', 'chữ', false),
      source: SOURCE,
      illustrative: ILLUSTRATIVE,
      note: NOTE,
    },
    unique: ['unit', 'set', 'level'],
  },
  {
    key: 'indicators',
    title: 'Chỉ tiêu',
    pattern: /^indicators\.csv$/,
    example: 'indicators.csv',
    writtenBy: 'publisher',
    row: indicatorRow,
    columns: {
      indicator: col('Mã chỉ tiêu', 'mã'),
      name: col('Tên chỉ tiêu', 'chữ'),
      unit: col('Đơn vị tính', 'chữ'),
      description: col('Cách tính', 'chữ'),
    },
    unique: ['indicator'],
  },
  {
    key: 'programmes',
    title: 'Chương trình',
    pattern: /^programmes\.csv$/,
    example: 'programmes.csv',
    writtenBy: 'publisher',
    row: programmeRow,
    columns: {
      programme: col('Mã chương trình', 'mã'),
      name: col('Tên chương trình', 'chữ'),
      decision: col('Văn bản phê duyệt', 'số ký hiệu', false),
      period: col('Giai đoạn', 'chữ'),
    },
    unique: ['programme'],
  },
  {
    key: 'figures',
    title: 'Số liệu kết quả (báo cáo)',
    pattern: /^figures\/[a-z0-9-]+\.csv$/,
    example: 'figures/51-quang-ngai.csv',
    writtenBy: 'publisher',
    row: figureRow,
    columns: {
      scope: SCOPE,
      period: col('Thời điểm hoặc kỳ số liệu', '2024, 2024-01 hoặc 2024-01-26'),
      indicator: col('Mã chỉ tiêu (data/indicators.csv)', 'mã'),
      value: col('Giá trị thực hiện', 'số, dấu chấm thập phân', false),
      of: col('Tổng số (mẫu số), ví dụ 85 trong 42/85 xã', 'số', false),
      target: col('Chỉ tiêu kế hoạch', 'số', false),
      kind: col('reported: số liệu báo cáo; target: chỉ tiêu kế hoạch', 'reported, target'),
      source: SOURCE,
      note: NOTE,
      illustrative: ILLUSTRATIVE,
    },
    unique: ['scope', 'period', 'indicator', 'kind'],
  },
  {
    key: 'disbursements',
    title: 'Giải ngân vốn',
    pattern: /^disbursements\/[a-z0-9-]+\.csv$/,
    example: 'disbursements/12-lai-chau.csv',
    writtenBy: 'publisher',
    row: disbursementRow,
    columns: {
      scope: SCOPE,
      year: YEAR,
      programme: col('Mã chương trình (data/programmes.csv)', 'mã'),
      plan: col('Kế hoạch vốn (triệu đồng)', 'số, dấu chấm thập phân'),
      disbursed: col('Đã giải ngân (triệu đồng)', 'số, dấu chấm thập phân'),
      source: SOURCE,
      note: NOTE,
      illustrative: ILLUSTRATIVE,
    },
    unique: ['scope', 'year', 'programme'],
  },
] as const satisfies readonly Dataset[];

/** A dataset key. */
export type DatasetKey = (typeof DATASETS)[number]['key'];

/** Finds the dataset a data-relative path belongs to. */
export const datasetForPath = (rel: string): Dataset | undefined => DATASETS.find((d) => d.pattern.test(rel));
