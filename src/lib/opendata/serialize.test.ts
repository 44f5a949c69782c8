import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { toCsv, toJson } from './serialize.ts';

const columns = ['code', 'name', 'note'];
const rows = [
  { code: '03598', name: 'Tân Uyên', note: '' },
  { code: '29489', name: 'Hàm Giang', note: 'có dấu phẩy, "ngoặc kép"\nvà xuống dòng' },
  { code: '62', name: '=1+1', note: ' khoảng trắng ' },
];

describe('toCsv', () => {
  it('parses back to the same cells, with the header first and LF endings, no BOM', () => {
    const text = toCsv(columns, rows);
    expect(text.startsWith('code,name,note\n')).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual(rows);
  });

  it('writes the columns asked for, in order, blank where a row lacks one', () => {
    expect(toCsv(['note', 'code'], [{ code: '1' }])).toBe('note,code\n,1\n');
  });
});

describe('toJson', () => {
  it('gives one object per row with every column as a string', () => {
    expect(JSON.parse(toJson(columns, rows))).toEqual(rows);
    expect(JSON.parse(toJson(['code', 'extra'], [{ code: '03598' }]))).toEqual([{ code: '03598', extra: '' }]);
  });
});
