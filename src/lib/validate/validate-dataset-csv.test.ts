// The CSV files themselves (header, BOM, CRLF, semicolons, Excel numbers), and all errors at once.
import { describe, expect, it } from 'vitest';
import { UNITS, LINEAGE, CRITERIA, LEVELS, A2024, A2026, RECOGNITIONS, PROGRAMMES, FIGURES, DISBURSEMENTS, csv, BASE, line, swap, issuesOf, loneDirective, LONE } from './validate-dataset.fixture.ts';

describe('validateDataset', () => {
  // --- CSV structure ------------------------------------------------------------------------------------

  it('reports a column that is not in the format and still checks the rows', () => {
    expect(issuesOf({ [FIGURES]: swap(',note,', ',ghi_chu,') })).toEqual([
      {
        file: FIGURES,
        line: 1,
        column: 'ghi_chu',
        message: 'cột không có trong định dạng; các cột hợp lệ: scope, period, indicator, value, of, target, kind, source, note, illustrative',
      },
    ]);
  });

  it('reports a missing required column, and the blank it leaves in every row', () => {
    const text = csv('scope,year,plan,disbursed,source', '849,2023,58759.9,25608.6,van-ban/ubnd-tinh-tra-vinh-12-ubnd-nn-2024');
    expect(issuesOf({ [DISBURSEMENTS]: text })).toEqual([
      { file: DISBURSEMENTS, line: 1, message: 'thiếu cột "programme"' },
      { file: DISBURSEMENTS, line: 2, column: 'programme', value: '', message: 'cần mã viết thường không dấu, nối bằng gạch ngang (ví dụ ngay-thu-7-vi-nong-thon-moi)' },
    ]);
  });

  it('accepts optional columns left out of the header', () => {
    expect(issuesOf({ [A2026]: csv('unit,year,set,criterion,met,illustrative', '29489,2026,qd-51-2025,1,1,1') })).toEqual([]);
  });

  it('reports a column repeated in the header', () => {
    expect(issuesOf({ [PROGRAMMES]: (t) => t.replace('period\n', 'period,name\n').replace('2021–2025\n', '2021–2025,x\n') })).toEqual([
      { file: PROGRAMMES, line: 1, column: 'name', message: 'cột bị lặp lại ở dòng tiêu đề' },
    ]);
  });

  it('reports a BOM and still reads the file', () => {
    expect(issuesOf({ [CRITERIA]: (t) => `\uFEFF${t}` })).toEqual([
      { file: CRITERIA, line: 1, message: 'tệp bắt đầu bằng ký tự BOM (thường do Excel lưu "CSV UTF-8"); hãy lưu lại dạng UTF-8 không BOM' },
    ]);
  });

  it('reports Windows line endings and still reads the file', () => {
    expect(issuesOf({ [LEVELS]: (t) => t.replace(/\n/g, '\r\n') })).toEqual([
      { file: LEVELS, line: 1, message: 'tệp dùng xuống dòng kiểu Windows (CRLF); hãy lưu lại với xuống dòng LF' },
    ]);
  });

  it('reports a file saved by Vietnamese Excel: semicolons and numbers with decimal commas', () => {
    const text = csv(
      'scope;year;programme;plan;disbursed;source;note;illustrative',
      '849;2023;ntm-2021-2025;58.759,9;25608,6;van-ban/ubnd-tinh-tra-vinh-12-ubnd-nn-2024;;',
    );
    expect(issuesOf({ [DISBURSEMENTS]: text })).toEqual([
      { file: DISBURSEMENTS, line: 1, message: 'tệp dùng dấu chấm phẩy ";" để phân cách cột (Excel tiếng Việt); hãy dùng dấu phẩy ","' },
      {
        file: DISBURSEMENTS,
        line: 2,
        column: 'plan',
        value: '58.759,9',
        message: 'số viết theo kiểu Excel tiếng Việt; trong tệp dữ liệu hãy viết 58759.9 (dấu chấm cho phần thập phân, không phân cách hàng nghìn)',
      },
      {
        file: DISBURSEMENTS,
        line: 2,
        column: 'disbursed',
        value: '25608,6',
        message: 'số viết theo kiểu Excel tiếng Việt; trong tệp dữ liệu hãy viết 25608.6 (dấu chấm cho phần thập phân, không phân cách hàng nghìn)',
      },
    ]);
  });

  it('reports an Excel-style number in a comma-separated file', () => {
    expect(issuesOf({ [FIGURES]: line(4, 'VN,2024,xa-dat-chuan,"25.608,6",,,reported,https://example.gov.vn/bao-cao,,') })).toEqual([
      {
        file: FIGURES,
        line: 4,
        column: 'value',
        value: '25.608,6',
        message: 'số viết theo kiểu Excel tiếng Việt; trong tệp dữ liệu hãy viết 25608.6 (dấu chấm cho phần thập phân, không phân cách hàng nghìn)',
      },
    ]);
  });

  it('reports a Vietnamese-style date and suggests the ISO form', () => {
    expect(issuesOf({ [RECOGNITIONS]: swap('2024-03-15', '15/03/2024') })).toEqual([
      { file: RECOGNITIONS, line: 2, column: 'decision_date', value: '15/03/2024', message: 'cần ngày viết năm-tháng-ngày; có phải là 2024-03-15?' },
    ]);
  });

  it('reports a date that does not exist', () => {
    expect(issuesOf({ [A2024]: swap('2024-06-30', '2024-06-31') })).toEqual([
      { file: A2024, line: 4, column: 'as_of', value: '2024-06-31', message: 'ngày không tồn tại' },
    ]);
  });

  it('reports a row with the wrong number of cells, and what its absence breaks', () => {
    // An unquoted comma in the name splits the row; criterion 3 is then missing for the assessment that uses it.
    expect(issuesOf({ [CRITERIA]: line(4, 'qd-318-2022,3,Thủy lợi và phòng, chống thiên tai,II') })).toEqual([
      { file: A2024, line: 4, column: 'criterion', value: '3', message: 'không có tiêu chí này trong bộ tiêu chí qd-318-2022' },
      { file: CRITERIA, line: 4, message: 'dòng có 5 ô nhưng tiêu đề có 4 cột (kiểm tra dấu phẩy và dấu ngoặc kép)' },
    ]);
  });

  it('reports a CSV file outside the known locations', () => {
    expect(issuesOf({ 'data/figures/Quang Ngai.csv': BASE[FIGURES]! })).toEqual([
      {
        file: 'data/figures/Quang Ngai.csv',
        message:
          'tệp CSV không thuộc bộ dữ liệu nào; các vị trí hợp lệ: data/units/86-vinh-long.csv, data/lineage/86-vinh-long.csv, data/criteria/sets.csv, data/criteria/groups.csv, data/criteria/criteria.csv, data/criteria/levels.csv, data/assessments/86-vinh-long/2024.csv, data/recognitions/86-vinh-long.csv, data/indicators.csv, data/programmes.csv, data/figures/51-quang-ngai.csv, data/disbursements/12-lai-chau.csv',
      },
    ]);
  });

  it('ignores files other than CSV under data/', () => {
    expect(issuesOf({ 'data/units/README.md': '# Đơn vị hành chính\n' })).toEqual([]);
  });

  // --- Everything at once -------------------------------------------------------------------------------

  it('reports every error of every file at once, sorted by file and line', () => {
    const issues = issuesOf({
      [UNITS]: line(8, '29489,Hàm Giang,xa,commune,86,2025-07-01,,'),
      [FIGURES]: line(3, '86,2026,xa-nang-cao,,,"5,5",target,van-ban/ubnd-tinh-tra-vinh-12-ubnd-nn-2024,,'),
      [A2024]: line(3, '29489,2024,,qd-318-2022,2,0,,,van-ban/ubnd-tinh-tra-vinh-12-ubnd-nn-2024,,'),
      [LONE]: loneDirective('date: 02/05/2024'),
    });
    expect(issues.map((i) => [i.file, i.line, i.column])).toEqual([
      [LONE, 5, 'date'],
      [A2024, 3, undefined],
      // Hàm Giang left out: 2026 rows and the lineage into it no longer resolve.
      [A2026, 2, 'unit'],
      [FIGURES, 3, 'target'],
      [LINEAGE, 4, 'new_code'],
      [LINEAGE, 5, 'new_code'],
      [UNITS, 8, 'kind'],
    ]);
  });
});
