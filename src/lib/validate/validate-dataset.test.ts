// Units resolved at each row's date, criteria, uniqueness, cited sources and unknown keys.
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES } from '../docnum/types.ts';
import { validateDataset } from './validate-dataset.ts';
import { TODAY, DIRECTIVE, NEWS, CAMPAIGN, UNITS, LINEAGE, SETS, CRITERIA, A2024, A2026, RECOGNITIONS, FIGURES, DISBURSEMENTS, csv, line, swap, append, project, issuesOf, loneDirective, LONE, unknownUnit, NO_DIRECTIVE, NO_NEWS } from './validate-dataset.fixture.ts';

describe('validateDataset', () => {
  it('finds no issue in the minimal valid project', () => {
    const { issues, raw } = validateDataset(project(), TODAY);
    expect(issues).toEqual([]);
    expect(raw.tables.units).toHaveLength(7);
    expect(raw.tables.assessments).toHaveLength(4);
    expect([raw.entries.directives.length, raw.entries.news.length, raw.entries.campaigns.length]).toEqual([1, 1, 1]);
  });

  it('reads files that are missing entirely as empty datasets', () => {
    expect(issuesOf({ [DISBURSEMENTS]: null, [RECOGNITIONS]: null })).toEqual([]);
  });

  // --- Units, resolved at the row's own date --------------------------------------------------------

  it('reports a unit code that no unit ever had', () => {
    expect(issuesOf({ [A2024]: line(2, '29999,2024,,qd-318-2022,1,1,,,van-ban/ubnd-tinh-tra-vinh-12-ubnd-nn-2024,') })).toEqual([
      { file: A2024, line: 2, column: 'unit', value: '29999', message: unknownUnit('2024-12-31') },
    ]);
  });

  it('reports a code that exists only before 1/7/2025 when it is used for 2026', () => {
    expect(issuesOf({ [A2026]: line(2, '29482,2026,,qd-51-2025,1,1,,,,1') })).toEqual([
      { file: A2026, line: 2, column: 'unit', value: '29482', message: unknownUnit('2026-12-31') },
    ]);
  });

  it('resolves a reused code at the row date: 29489 is valid both in 2024 and in 2026', () => {
    const { raw, issues } = validateDataset(project(), TODAY);
    expect(issues).toEqual([]);
    expect(raw.tables.assessments.filter((a) => a.data.unit.code === '29489').map((a) => a.data.year)).toEqual([2024, 2024, 2026]);
  });

  it('resolves the unit at the assessment date given in as_of', () => {
    expect(issuesOf({ [A2026]: line(2, '29482,2026,2025-06-30,qd-51-2025,1,1,,,,1') })).toEqual([
      { file: A2026, line: 2, column: 'set', value: 'qd-51-2025', message: 'bộ tiêu chí này chỉ áp dụng từ 2026-01-01 đến 2030-12-31' },
    ]);
  });

  it('resolves a code pinned with @ at the pinned date rather than the row date', () => {
    expect(issuesOf({ [A2026]: line(2, '29482@2025-06-30,2026,,qd-51-2025,1,1,,,,1') })).toEqual([]);
  });

  it('reports a pinned date on which the code was not in force, naming that date', () => {
    expect(issuesOf({ [A2026]: line(2, '29482@2025-07-01,2026,,qd-51-2025,1,1,,,,1') })).toEqual([
      { file: A2026, line: 2, column: 'unit', value: '29482@2025-07-01', message: unknownUnit('2025-07-01') },
    ]);
  });

  it('reports a figure scope abolished before the end of its period', () => {
    // 849 (huyện Trà Cú) ended on 2025-06-30; a 2025-12 figure is resolved on 2025-12-31.
    expect(issuesOf({ [FIGURES]: line(2, '849,2025-12,xa-dat-chuan,12,20,,reported,tin-tuc/tra-cu-bao-cao-2024,,') })).toEqual([
      { file: FIGURES, line: 2, column: 'scope', value: '849', message: unknownUnit('2025-12-31') },
    ]);
  });

  it('reports a disbursement scope not in force at the end of its year', () => {
    expect(issuesOf({ [DISBURSEMENTS]: line(2, '849,2025,ntm-2021-2025,1,1,van-ban/ubnd-tinh-tra-vinh-12-ubnd-nn-2024,,') })).toEqual([
      { file: DISBURSEMENTS, line: 2, column: 'scope', value: '849', message: unknownUnit('2025-12-31') },
    ]);
  });

  it('resolves a recognised unit at the decision date', () => {
    // Decided after 1/7/2025, 29489 is Xã Hàm Giang: still a unit.
    expect(issuesOf({ [RECOGNITIONS]: swap('2024-03-15', '2025-09-01') })).toEqual([]);
  });

  it('reports a recognised unit not in force on the decision date', () => {
    expect(issuesOf({ [RECOGNITIONS]: swap('29489,qd-318-2022,dat-chuan,2023,,2024-03-15', '29482,qd-318-2022,dat-chuan,2025,,2025-09-01') })).toEqual([
      { file: RECOGNITIONS, line: 2, column: 'unit', value: '29482', message: unknownUnit('2025-09-01') },
    ]);
  });

  it('reports a locality of a news article not in force at the end of its date', () => {
    expect(issuesOf({ [NEWS]: swap('date: "2024-04"', 'date: "2025-08"') })).toEqual([
      { file: NEWS, line: 6, column: 'localities', value: '849', message: unknownUnit('2025-08-31') },
    ]);
  });

  it('reports a locality of a directive not in force on its date, and resolves a reused code on that date', () => {
    // On 2025-08-01 huyện Trà Cú (849) is gone while 29489 is Xã Hàm Giang.
    expect(issuesOf({ [DIRECTIVE]: swap('date: "2024-03-15"', 'date: "2025-08-01"') })).toEqual([
      { file: DIRECTIVE, line: 9, column: 'localities', value: '849', message: unknownUnit('2025-08-01') },
    ]);
  });

  it('reports a lineage row whose old unit did not exist the day before the change', () => {
    expect(issuesOf({ [LINEAGE]: line(4, '29483,29489,2025-07-01,full,1687/NQ-UBTVQH15') })).toEqual([
      { file: LINEAGE, line: 4, column: 'old_code', value: '29483', message: unknownUnit('2025-06-30') },
    ]);
  });

  it('reports a lineage row whose new unit did not exist on the day of the change', () => {
    expect(issuesOf({ [LINEAGE]: line(4, '29482,29482,2025-07-01,full,1687/NQ-UBTVQH15') })).toEqual([
      { file: LINEAGE, line: 4, column: 'new_code', value: '29482', message: unknownUnit('2025-07-01') },
    ]);
  });

  it('reports a parent unit that was not in force over the same period', () => {
    expect(issuesOf({ [UNITS]: line(8, '29489,Hàm Giang,xã,commune,849,2025-07-01,,1687/NQ-UBTVQH15') })).toEqual([
      { file: UNITS, line: 8, column: 'parent_code', value: '849', message: 'đơn vị cấp trên không tồn tại trong cùng thời kỳ' },
    ]);
  });

  it('reports a unit that ends before it starts', () => {
    expect(issuesOf({ [UNITS]: append('29999,Thử,xã,commune,849,2024-01-01,2023-12-31,') })).toEqual([
      { file: UNITS, line: 9, column: 'valid_to', value: '2023-12-31', message: 'ngày bắt đầu không được sau ngày kết thúc' },
    ]);
  });

  it('reports a unit code that lost its leading zeros', () => {
    expect(issuesOf({ [UNITS]: append('3386,Bản Giang,xã,commune,,,2025-06-30,') })).toEqual([
      { file: UNITS, line: 9, column: 'code', value: '3386', message: 'cần mã số gồm 2, 3 hoặc 5 chữ số (giữ số 0 ở đầu, ví dụ "02", "00123")' },
    ]);
  });

  // --- Criteria sets, criteria, levels ----------------------------------------------------------------

  it('reports a criterion number that the set does not have', () => {
    expect(issuesOf({ [A2024]: line(3, '29489,2024,,qd-318-2022,19,0,,,van-ban/ubnd-tinh-tra-vinh-12-ubnd-nn-2024,') })).toEqual([
      { file: A2024, line: 3, column: 'criterion', value: '19', message: 'không có tiêu chí này trong bộ tiêu chí qd-318-2022' },
    ]);
  });

  it('reports a criterion that exists only in another set', () => {
    expect(issuesOf({ [A2026]: line(2, '29489,2026,,qd-51-2025,3,1,,,,1') })).toEqual([
      { file: A2026, line: 2, column: 'criterion', value: '3', message: 'không có tiêu chí này trong bộ tiêu chí qd-51-2025' },
    ]);
  });

  it('reports a set used for a year it does not apply to', () => {
    expect(issuesOf({ [A2024]: line(2, '29489,2024,,qd-51-2025,1,1,,,van-ban/ubnd-tinh-tra-vinh-12-ubnd-nn-2024,') })).toEqual([
      { file: A2024, line: 2, column: 'set', value: 'qd-51-2025', message: 'bộ tiêu chí này chỉ áp dụng từ 2026-01-01 đến 2030-12-31' },
    ]);
  });

  it('reports a set that does not exist', () => {
    expect(issuesOf({ [A2024]: line(2, '29489,2024,,qd-491-2009,1,1,,,van-ban/ubnd-tinh-tra-vinh-12-ubnd-nn-2024,') })).toEqual([
      { file: A2024, line: 2, column: 'set', value: 'qd-491-2009', message: 'bộ tiêu chí không có trong data/criteria/sets.csv' },
    ]);
  });

  it('reports a criterion whose group is not in its set', () => {
    expect(issuesOf({ [CRITERIA]: line(3, 'qd-318-2022,2,Giao thông,III') })).toEqual([
      { file: CRITERIA, line: 3, column: 'group', value: 'III', message: 'không có nhóm tiêu chí này trong bộ tiêu chí qd-318-2022' },
    ]);
  });

  it('reports a set that ends before it starts, and the assessments it then cannot cover', () => {
    expect(issuesOf({ [SETS]: swap('2026-01-01,2030-12-31', '2026-01-01,2025-12-31') })).toEqual([
      { file: A2026, line: 2, column: 'set', value: 'qd-51-2025', message: 'bộ tiêu chí này chỉ áp dụng từ 2026-01-01 đến 2025-12-31' },
      { file: SETS, line: 3, column: 'applies_to', value: '2025-12-31', message: 'ngày bắt đầu không được sau ngày kết thúc' },
    ]);
  });

  it('reports a recognition level that the set does not define, listing the levels it has', () => {
    expect(issuesOf({ [RECOGNITIONS]: swap('dat-chuan', 'kieu-mau') })).toEqual([
      {
        file: RECOGNITIONS,
        line: 2,
        column: 'level',
        value: 'kieu-mau',
        message: 'mức đạt chuẩn không có trong bộ tiêu chí qd-318-2022; cần: dat-chuan, nang-cao',
      },
    ]);
  });

  it('reports a row with neither a source nor the illustrative mark', () => {
    expect(issuesOf({ [A2026]: line(2, '29489,2026,,qd-51-2025,1,1,,,,') })).toEqual([
      {
        file: A2026,
        line: 2,
        column: 'source',
        value: '',
        message: 'cần nguồn (cột "source"), hoặc ghi 1 ở cột "illustrative" nếu là số liệu minh họa',
      },
    ]);
  });

  it('reports met written other than 1 or 0', () => {
    expect(issuesOf({ [A2026]: line(2, '29489,2026,,qd-51-2025,1,đạt,,,,1') })).toEqual([
      { file: A2026, line: 2, column: 'met', value: 'đạt', message: 'cần 1 (đạt) hoặc 0 (chưa đạt)' },
    ]);
  });

  // --- Uniqueness --------------------------------------------------------------------------------------

  it('reports a repeated assessment row, pointing at the first one', () => {
    expect(issuesOf({ [A2024]: append('29489,2024,,qd-318-2022,1,0,,,van-ban/ubnd-tinh-tra-vinh-12-ubnd-nn-2024,') })).toEqual([
      {
        file: A2024,
        line: 5,
        column: 'unit, year, set, criterion',
        value: '29489, 2024, qd-318-2022, 1',
        message: 'trùng với data/assessments/86-vinh-long/2024.csv:2',
      },
    ]);
  });

  it('reports a repeated assessment row across files of the dataset', () => {
    const other = 'data/assessments/87-dong-thap/2024.csv';
    expect(issuesOf({ [other]: csv('unit,year,set,criterion,met,illustrative', '29489,2024,qd-318-2022,2,1,1') })).toEqual([
      {
        file: other,
        line: 2,
        column: 'unit, year, set, criterion',
        value: '29489, 2024, qd-318-2022, 2',
        message: 'trùng với data/assessments/86-vinh-long/2024.csv:3',
      },
    ]);
  });

  it('does not treat the same code in another period as a repeated unit', () => {
    // Both 29489 rows stay: the unique key is the code with its first day in force.
    const { raw } = validateDataset(project(), TODAY);
    expect(raw.tables.units.filter((u) => u.data.code === '29489').map((u) => u.data.name)).toEqual(['Hàm Tân', 'Hàm Giang']);
  });

  // --- Cited sources -----------------------------------------------------------------------------------

  it('reports a cited directive that does not exist', () => {
    expect(issuesOf({ [A2024]: line(2, '29489,2024,,qd-318-2022,1,1,,,van-ban/ubnd-tinh-tra-vinh-13-ubnd-nn-2024,') })).toEqual([
      { file: A2024, line: 2, column: 'source', value: 'van-ban/ubnd-tinh-tra-vinh-13-ubnd-nn-2024', message: NO_DIRECTIVE },
    ]);
  });

  it('reports a cited news article that does not exist', () => {
    expect(issuesOf({ [FIGURES]: swap('tin-tuc/tra-cu-bao-cao-2024', 'tin-tuc/tra-cu-bao-cao-2023') })).toEqual([
      { file: FIGURES, line: 2, column: 'source', value: 'tin-tuc/tra-cu-bao-cao-2023', message: NO_NEWS },
    ]);
  });

  it('reports sources of a campaign that do not exist, each by its id', () => {
    expect(issuesOf({ [CAMPAIGN]: line(8, 'sources: [van-ban/khong-co, tin-tuc/khong-co, "https://example.gov.vn/x"]') })).toEqual([
      { file: CAMPAIGN, line: 8, column: 'sources', value: 'khong-co', message: NO_DIRECTIVE },
      { file: CAMPAIGN, line: 8, column: 'sources', value: 'khong-co', message: NO_NEWS },
    ]);
  });

  it('reports a directive reported by a news article that does not exist', () => {
    expect(issuesOf({ [NEWS]: swap('directive: ubnd-tinh-tra-vinh-12-ubnd-nn-2024', 'directive: ubnd-tinh-tra-vinh-21-ubnd-nn-2024') })).toEqual([
      { file: NEWS, line: 7, column: 'reports', value: 'ubnd-tinh-tra-vinh-21-ubnd-nn-2024', message: NO_DIRECTIVE },
    ]);
  });

  it("reports a campaign's launch document that does not exist", () => {
    const launch = ['launch_document:', '  number: 12/UBND-NN', '  date: "2024-03-15"', '  directive: ubnd-khong-co'];
    expect(issuesOf({ [CAMPAIGN]: line(3, ['launched_by: Tỉnh ủy Trà Vinh', ...launch].join('\n')) })).toEqual([
      { file: CAMPAIGN, line: 4, column: 'launch_document', value: 'ubnd-khong-co', message: NO_DIRECTIVE },
    ]);
  });

  // --- Unknown keys --------------------------------------------------------------------------------------

  it('reports an unknown campaign of a directive', () => {
    expect(issuesOf({ [DIRECTIVE]: swap('campaigns: [ngay-thu-7-vi-nong-thon-moi]', 'campaigns: [ngay-chu-nhat-xanh]') })).toEqual([
      { file: DIRECTIVE, line: 8, column: 'campaigns', value: 'ngay-chu-nhat-xanh', message: 'phong trào không có trong content/campaigns/' },
    ]);
  });

  it('reports an unknown programme of a directive', () => {
    expect(issuesOf({ [DIRECTIVE]: swap('programmes: [ntm-2021-2025]', 'programmes: [ntm-2021-2025, ntm-2030]') })).toEqual([
      { file: DIRECTIVE, line: 7, column: 'programmes', value: 'ntm-2030', message: 'chương trình không có trong data/programmes.csv' },
    ]);
  });

  it('reports an unknown programme of a disbursement', () => {
    expect(issuesOf({ [DISBURSEMENTS]: swap('ntm-2021-2025', 'ntm-2016-2020') })).toEqual([
      { file: DISBURSEMENTS, line: 2, column: 'programme', value: 'ntm-2016-2020', message: 'chương trình không có trong data/programmes.csv' },
    ]);
  });

  it('reports an unknown indicator of a figure', () => {
    expect(issuesOf({ [FIGURES]: swap('VN,2024,xa-dat-chuan', 'VN,2024,xa-kieu-mau') })).toEqual([
      { file: FIGURES, line: 4, column: 'indicator', value: 'xa-kieu-mau', message: 'chỉ tiêu không có trong data/indicators.csv' },
    ]);
  });

  it('reports a directive type that is not a known document type, listing the types', () => {
    expect(issuesOf({ [LONE]: loneDirective('type: cong-dien-khan') })).toEqual([
      {
        file: LONE,
        line: 3,
        column: 'type',
        value: 'cong-dien-khan',
        message: `loại văn bản không hợp lệ; cần một trong: ${Object.keys(DOCUMENT_TYPES).join(', ')}`,
      },
    ]);
  });
});
