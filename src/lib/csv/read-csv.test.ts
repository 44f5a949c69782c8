import { describe, expect, it } from 'vitest';
import { readCsv } from './read-csv.ts';

const FILE = 'data/figures/86-vinh-long.csv';
// A cut-down figures header: scope and indicator required, value optional.
const COLUMNS = ['scope', 'indicator', 'value'] as const;
const REQUIRED = ['scope', 'indicator'] as const;
const read = (text: string, required: readonly string[] = COLUMNS) => readCsv(text, FILE, COLUMNS, required);
const lines = (...l: string[]) => l.join('\n');

describe('readCsv', () => {
  it('reads a well-formed file with the cells keyed by column and no issues', () => {
    const r = read(lines('scope,indicator,value', '849,xa-dat-chuan,12', 'VN,xa-nang-cao,3', ''));
    expect(r).toEqual({
      header: ['scope', 'indicator', 'value'],
      rows: [
        { line: 2, cells: { scope: '849', indicator: 'xa-dat-chuan', value: '12' } },
        { line: 3, cells: { scope: 'VN', indicator: 'xa-nang-cao', value: '3' } },
      ],
      issues: [],
    });
  });

  it('reads the last row when the file has no final newline', () => {
    expect(read(lines('scope,indicator,value', '849,xa-dat-chuan,12')).rows).toEqual([
      { line: 2, cells: { scope: '849', indicator: 'xa-dat-chuan', value: '12' } },
    ]);
  });

  it('numbers rows after a quoted cell with an embedded newline by the line they start on', () => {
    const r = read(lines('scope,indicator,value', '849,"xa-dat-chuan', 'tiếp",12', '849,xa-nang-cao,3', ''));
    expect(r.rows.map((row) => [row.line, row.cells.indicator])).toEqual([
      [2, 'xa-dat-chuan\ntiếp'],
      [4, 'xa-nang-cao'],
    ]);
  });

  it('skips blank and whitespace-only lines but keeps counting them', () => {
    const r = read(lines('scope,indicator,value', '', '', '849,xa-dat-chuan,12', '   ', '849,xa-nang-cao,3'));
    expect(r.issues).toEqual([]);
    expect(r.rows.map((row) => row.line)).toEqual([4, 6]);
  });

  it('keeps doubled quotes inside a quoted cell as one quote', () => {
    expect(read(lines('scope,indicator,value', '849,"gọi là ""đạt""",1')).rows[0]?.cells.indicator).toBe('gọi là "đạt"');
  });

  it('reports a BOM on line 1 and still reads the header without it', () => {
    const r = read('\uFEFF' + lines('scope,indicator,value', '849,xa-dat-chuan,12'));
    expect(r.issues).toEqual([
      { file: FILE, line: 1, message: 'tệp bắt đầu bằng ký tự BOM (thường do Excel lưu "CSV UTF-8"); hãy lưu lại dạng UTF-8 không BOM' },
    ]);
    expect(r.header).toEqual(['scope', 'indicator', 'value']);
    expect(r.rows).toHaveLength(1);
  });

  it('reports Windows line endings once, on the first line that has one, and reads every row', () => {
    const r = read('scope,indicator,value\n849,xa-dat-chuan,12\r\n849,xa-nang-cao,3\r\n');
    expect(r.issues).toEqual([
      { file: FILE, line: 2, message: 'tệp dùng xuống dòng kiểu Windows (CRLF); hãy lưu lại với xuống dòng LF' },
    ]);
    expect(r.rows.map((row) => [row.line, row.cells.value])).toEqual([
      [2, '12'],
      [3, '3'],
    ]);
  });

  it('reports a file saved by Excel (BOM and CRLF) with both problems at once', () => {
    const r = read('\uFEFFscope,indicator,value\r\n849,xa-dat-chuan,12\r\n');
    expect(r.issues).toEqual([
      { file: FILE, line: 1, message: 'tệp bắt đầu bằng ký tự BOM (thường do Excel lưu "CSV UTF-8"); hãy lưu lại dạng UTF-8 không BOM' },
      { file: FILE, line: 1, message: 'tệp dùng xuống dòng kiểu Windows (CRLF); hãy lưu lại với xuống dòng LF' },
    ]);
    expect(r.rows).toEqual([{ line: 2, cells: { scope: '849', indicator: 'xa-dat-chuan', value: '12' } }]);
  });

  it('reports a semicolon-separated file and still splits its cells on the semicolons', () => {
    const r = read(lines('scope;indicator;value', '849;xa-dat-chuan;"25.608,6"'));
    expect(r.issues).toEqual([
      { file: FILE, line: 1, message: 'tệp dùng dấu chấm phẩy ";" để phân cách cột (Excel tiếng Việt); hãy dùng dấu phẩy ","' },
    ]);
    expect(r.rows).toEqual([{ line: 2, cells: { scope: '849', indicator: 'xa-dat-chuan', value: '25.608,6' } }]);
  });

  it('does not treat semicolons inside a comma-separated file as the delimiter', () => {
    const r = read(lines('scope,indicator,value', '849,"a; b",1'));
    expect(r.issues).toEqual([]);
    expect(r.rows[0]?.cells.indicator).toBe('a; b');
  });

  it('reports a column that is not in the format, naming it and listing the valid columns', () => {
    const r = read(lines('scope,indicator,value,ghi_chu', '849,xa-dat-chuan,12,x'));
    expect(r.issues).toEqual([
      { file: FILE, line: 1, column: 'ghi_chu', message: 'cột không có trong định dạng; các cột hợp lệ: scope, indicator, value' },
    ]);
  });

  it('reports a missing required column by name', () => {
    const r = read(lines('scope,value', '849,12'));
    expect(r.issues).toEqual([{ file: FILE, line: 1, message: 'thiếu cột "indicator"' }]);
  });

  it('reports a column written twice in the header', () => {
    const r = read(lines('scope,indicator,value,scope', '849,xa-dat-chuan,12,849'));
    expect(r.issues).toEqual([{ file: FILE, line: 1, column: 'scope', message: 'cột bị lặp lại ở dòng tiêu đề' }]);
  });

  it('reports every header problem at once', () => {
    const r = read(lines('scope,gia_tri,scope', '849,12,849'));
    expect(r.issues).toEqual([
      { file: FILE, line: 1, column: 'gia_tri', message: 'cột không có trong định dạng; các cột hợp lệ: scope, indicator, value' },
      { file: FILE, line: 1, column: 'scope', message: 'cột bị lặp lại ở dòng tiêu đề' },
      { file: FILE, line: 1, message: 'thiếu cột "indicator"' },
      { file: FILE, line: 1, message: 'thiếu cột "value"' },
    ]);
  });

  it('reports header problems on the header line when blank lines come before it', () => {
    const r = read(lines('', 'scope,indicator,gia_tri', '849,xa-dat-chuan,12'));
    expect(r.issues).toEqual([
      { file: FILE, line: 2, column: 'gia_tri', message: 'cột không có trong định dạng; các cột hợp lệ: scope, indicator, value' },
      { file: FILE, line: 2, message: 'thiếu cột "value"' },
    ]);
    expect(r.rows.map((row) => row.line)).toEqual([3]);
  });

  it('trims spaces around header names', () => {
    const r = read(lines(' scope , indicator ,value', '849,xa-dat-chuan,12'));
    expect(r.issues).toEqual([]);
    expect(r.header).toEqual(['scope', 'indicator', 'value']);
  });

  it('accepts an optional column left out of the header and reads it as blank cells', () => {
    const r = read(lines('scope,indicator', '849,xa-dat-chuan'), REQUIRED);
    expect(r.issues).toEqual([]);
    expect(r.rows).toEqual([{ line: 2, cells: { scope: '849', indicator: 'xa-dat-chuan', value: '' } }]);
  });

  it('accepts the columns in another order', () => {
    const r = read(lines('value,scope,indicator', '12,849,xa-dat-chuan'));
    expect(r.issues).toEqual([]);
    expect(r.rows[0]?.cells).toEqual({ scope: '849', indicator: 'xa-dat-chuan', value: '12' });
  });

  it('reports rows with too few or too many cells on their own lines and leaves them out', () => {
    const r = read(lines('scope,indicator,value', '849,xa-dat-chuan', '849,xa-nang-cao,3', '849,a,1,2'));
    expect(r.issues).toEqual([
      { file: FILE, line: 2, message: 'dòng có 2 ô nhưng tiêu đề có 3 cột (kiểm tra dấu phẩy và dấu ngoặc kép)' },
      { file: FILE, line: 4, message: 'dòng có 4 ô nhưng tiêu đề có 3 cột (kiểm tra dấu phẩy và dấu ngoặc kép)' },
    ]);
    expect(r.rows.map((row) => row.line)).toEqual([3]);
  });

  it('counts cells against the header as written when an optional column is left out', () => {
    const r = read(lines('scope,indicator', '849,xa-dat-chuan,12'), REQUIRED);
    expect(r.issues).toEqual([
      { file: FILE, line: 2, message: 'dòng có 3 ô nhưng tiêu đề có 2 cột (kiểm tra dấu phẩy và dấu ngoặc kép)' },
    ]);
  });

  it('reports an unterminated quote with the line where the row starts', () => {
    const r = read(lines('scope,indicator,value', '849,xa-dat-chuan,12', '849,"xa-nang-cao,3'));
    expect(r.issues).toEqual([
      { file: FILE, line: 3, message: 'lỗi cú pháp CSV: Quoted field unterminated' },
      { file: FILE, line: 3, message: 'dòng có 2 ô nhưng tiêu đề có 3 cột (kiểm tra dấu phẩy và dấu ngoặc kép)' },
    ]);
  });

  it('reports characters that were not valid UTF-8 on their line', () => {
    const r = read(lines('scope,indicator,value', '849,xa-dat-chuan,12', '849,x\uFFFDa,3'));
    expect(r.issues).toEqual([
      { file: FILE, line: 3, message: 'tệp không phải UTF-8 (có ký tự không đọc được); hãy lưu lại dạng UTF-8' },
    ]);
  });

  it('reports an empty file', () => {
    expect(read('\n\n')).toEqual({
      header: [],
      rows: [],
      issues: [{ file: FILE, line: 1, message: 'tệp rỗng: cần ít nhất dòng tiêu đề' }],
    });
  });
});
