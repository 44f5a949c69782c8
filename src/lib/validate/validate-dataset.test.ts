import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES } from '../docnum/types.ts';
import { sortIssues, type DataIssue } from './issue.ts';
import { validateDataset } from './validate-dataset.ts';

const TODAY = '2026-11-23';

// ---------------------------------------------------------------------------------------------------
// A minimal valid project. Units across both periods: 29489 is Xã Hàm Tân (huyện Trà Cú, Trà Vinh)
// until 2025-06-30 and Xã Hàm Giang (Vĩnh Long) from 2025-07-01; 29482 Kim Sơn and the district 849
// Trà Cú exist only before. Two criteria sets: qd-318-2022 (2021–2025, criteria 1–3, two groups) and
// qd-51-2025 (2026–2030, criteria 1–2). Line numbers used by the tests are noted beside each row.
// ---------------------------------------------------------------------------------------------------

const DIRECTIVE = 'content/directives/ubnd-tinh-tra-vinh-12-ubnd-nn-2024.md';
const NEWS = 'content/news/tra-cu-bao-cao-2024.md';
const CAMPAIGN = 'content/campaigns/ngay-thu-7-vi-nong-thon-moi.md';
const UNITS = 'data/units/86-vinh-long.csv';
const LINEAGE = 'data/lineage/86-vinh-long.csv';
const SETS = 'data/criteria/sets.csv';
const GROUPS = 'data/criteria/groups.csv';
const CRITERIA = 'data/criteria/criteria.csv';
const LEVELS = 'data/criteria/levels.csv';
const A2024 = 'data/assessments/86-vinh-long/2024.csv';
const A2026 = 'data/assessments/86-vinh-long/2026.csv';
const RECOGNITIONS = 'data/recognitions/86-vinh-long.csv';
const INDICATORS = 'data/indicators.csv';
const PROGRAMMES = 'data/programmes.csv';
const FIGURES = 'data/figures/86-vinh-long.csv';
const DISBURSEMENTS = 'data/disbursements/86-vinh-long.csv';

const csv = (...rows: string[]) => rows.map((r) => `${r}\n`).join('');
const md = (...fields: string[]) => ['---', ...fields, '---', 'Nội dung.', ''].join('\n');

const BASE: Record<string, string> = {
  [UNITS]: csv(
    'code,name,kind,level,parent_code,valid_from,valid_to,source',
    '84,Trà Vinh,tỉnh,province,,,2025-06-30,', // 2
    '86,Vĩnh Long,tỉnh,province,,,2025-06-30,', // 3
    '86,Vĩnh Long,tỉnh,province,,2025-07-01,,202/2025/QH15', // 4
    '849,Trà Cú,huyện,district,84,,2025-06-30,', // 5
    '29482,Kim Sơn,xã,commune,849,,2025-06-30,', // 6
    '29489,Hàm Tân,xã,commune,849,,2025-06-30,', // 7
    '29489,Hàm Giang,xã,commune,86,2025-07-01,,1687/NQ-UBTVQH15', // 8
  ),
  [LINEAGE]: csv(
    'old_code,new_code,date,kind,resolution',
    '84,86,2025-07-01,full,202/2025/QH15', // 2
    '86,86,2025-07-01,full,202/2025/QH15', // 3
    '29482,29489,2025-07-01,full,1687/NQ-UBTVQH15', // 4
    '29489,29489,2025-07-01,full,1687/NQ-UBTVQH15', // 5
  ),
  [SETS]: csv(
    'set,name,decision,decision_date,applies_from,applies_to,source,note',
    'qd-318-2022,Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025,318/QĐ-TTg,2022-03-08,2021-01-01,2025-12-31,,', // 2
    'qd-51-2025,Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026–2030,51/2025/QĐ-TTg,2025-12-29,2026-01-01,2030-12-31,,', // 3
  ),
  [GROUPS]: csv('set,group,name', 'qd-318-2022,I,Quy hoạch', 'qd-318-2022,II,Hạ tầng kinh tế – xã hội'),
  [CRITERIA]: csv(
    'set,number,name,group',
    'qd-318-2022,1,Quy hoạch,I', // 2
    'qd-318-2022,2,Giao thông,II', // 3
    'qd-318-2022,3,"Thủy lợi và phòng, chống thiên tai",II', // 4
    'qd-51-2025,1,Quy hoạch,', // 5
    'qd-51-2025,2,Hạ tầng,', // 6
  ),
  [LEVELS]: csv(
    'set,level,name,rank,decision',
    'qd-318-2022,dat-chuan,Xã đạt chuẩn nông thôn mới,1,318/QĐ-TTg', // 2
    'qd-318-2022,nang-cao,Xã nông thôn mới nâng cao,2,318/QĐ-TTg', // 3
    'qd-51-2025,dat-chuan,Xã đạt chuẩn nông thôn mới,1,51/2025/QĐ-TTg', // 4
  ),
  [A2024]: csv(
    'unit,year,as_of,set,criterion,met,value,note,source,illustrative',
    '29489,2024,,qd-318-2022,1,1,,,van-ban/ubnd-tinh-tra-vinh-12-ubnd-nn-2024,', // 2
    '29489,2024,,qd-318-2022,2,0,85 %,,van-ban/ubnd-tinh-tra-vinh-12-ubnd-nn-2024,', // 3
    '29482,2024,2024-06-30,qd-318-2022,3,1,,,tin-tuc/tra-cu-bao-cao-2024,', // 4
  ),
  [A2026]: csv(
    'unit,year,as_of,set,criterion,met,value,note,source,illustrative',
    '29489,2026,,qd-51-2025,1,1,,,,1', // 2: 29489 is Hàm Giang in 2026
  ),
  [RECOGNITIONS]: csv(
    'unit,set,level,year,decision,decision_date,issuer,source,illustrative,note',
    '29489,qd-318-2022,dat-chuan,2023,,2024-03-15,UBND tỉnh Trà Vinh,van-ban/ubnd-tinh-tra-vinh-12-ubnd-nn-2024,,Xã Hàm Tân', // 2
  ),
  [INDICATORS]: csv(
    'indicator,name,unit,description',
    'xa-dat-chuan,Số xã được công nhận đạt chuẩn nông thôn mới,xã,Số xã đã có quyết định công nhận.',
    'xa-nang-cao,Số xã đạt chuẩn nông thôn mới nâng cao,xã,Số xã đã được công nhận nâng cao.',
  ),
  [PROGRAMMES]: csv(
    'programme,name,decision,period',
    'ntm-2021-2025,Chương trình MTQG xây dựng nông thôn mới giai đoạn 2021–2025,263/QĐ-TTg,2021–2025',
  ),
  [FIGURES]: csv(
    'scope,period,indicator,value,of,target,kind,source,note,illustrative',
    '849,2023-04,xa-dat-chuan,12,20,,reported,tin-tuc/tra-cu-bao-cao-2024,Huyện Trà Cú (cũ),', // 2
    '86,2026,xa-nang-cao,,,5,target,van-ban/ubnd-tinh-tra-vinh-12-ubnd-nn-2024,,', // 3
    'VN,2024,xa-dat-chuan,6000,,,reported,https://example.gov.vn/bao-cao,,', // 4
  ),
  [DISBURSEMENTS]: csv(
    'scope,year,programme,plan,disbursed,source,note,illustrative',
    '849,2023,ntm-2021-2025,58759.9,25608.6,van-ban/ubnd-tinh-tra-vinh-12-ubnd-nn-2024,,', // 2
  ),
  [DIRECTIVE]: md(
    'number: "12/UBND-NN"', // 2
    'type: cong-van', // 3
    'issuer: UBND tỉnh Trà Vinh', // 4
    'date: "2024-03-15"', // 5
    'subject: V/v đánh giá tiêu chí xã nông thôn mới năm 2024', // 6
    'programmes: [ntm-2021-2025]', // 7
    'campaigns: [ngay-thu-7-vi-nong-thon-moi]', // 8
    'localities: ["849", "29489"]', // 9
    'signer:', // 10
    '  name: Nguyễn Văn A', // 11
    '  authority: KT.', // 12
    '  block: [KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]', // 13
    'summary: UBND tỉnh yêu cầu các huyện đánh giá tiêu chí.', // 14
  ),
  [NEWS]: md(
    'title: Trà Cú báo cáo kết quả xây dựng nông thôn mới', // 2
    'date: "2024-04"', // 3
    'source_name: Trang thông tin điện tử huyện Trà Cú', // 4
    'campaigns: [ngay-thu-7-vi-nong-thon-moi]', // 5
    'localities: ["849"]', // 6
    'reports:', // 7
    '  - number: 12/UBND-NN', // 8
    '    issuer: UBND tỉnh Trà Vinh', // 9
    '    date: "2024-03-15"', // 10
    '    directive: ubnd-tinh-tra-vinh-12-ubnd-nn-2024', // 11
    'summary: Huyện Trà Cú báo cáo kết quả.', // 12
  ),
  [CAMPAIGN]: md(
    'name: Ngày thứ 7 vì nông thôn mới', // 2
    'launched_by: Tỉnh ủy Trà Vinh', // 3
    'from: "2020"', // 4
    'to: ""', // 5
    'localities: ["86"]', // 6
    'summary: Cán bộ về cơ sở vào ngày thứ Bảy.', // 7
    'sources: [van-ban/ubnd-tinh-tra-vinh-12-ubnd-nn-2024, tin-tuc/tra-cu-bao-cao-2024]', // 8
  ),
};

/** A change to one file: new content, an edit of the base content, or null to delete it. */
type Change = string | null | ((text: string) => string);

/** Replaces line `n` (1-based) of a file. */
const line = (n: number, text: string) => (file: string) => {
  const lines = file.split('\n');
  if (n < 1 || n > lines.length) throw new Error(`no line ${n}`);
  lines[n - 1] = text;
  return lines.join('\n');
};
/** Replaces `from` (which must occur) with `to`. */
const swap = (from: string, to: string) => (file: string) => {
  if (!file.includes(from)) throw new Error(`"${from}" not found`);
  return file.replace(from, to);
};
/** Appends rows to a CSV. */
const append = (...rows: string[]) => (file: string) => file + csv(...rows);

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ntm-validate-'));
  temps.push(dir);
  return dir;
};
const write = (root: string, path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

/** Writes the minimal valid project, with `changes` applied, to a new temp folder. */
const project = (changes: Record<string, Change> = {}): string => {
  const files = { ...BASE };
  for (const [path, change] of Object.entries(changes)) {
    if (change === null) delete files[path];
    else if (typeof change === 'function') {
      const before = files[path];
      if (before === undefined) throw new Error(`no base file ${path}`);
      files[path] = change(before);
    } else files[path] = change;
  }
  const dir = tempDir();
  for (const [path, text] of Object.entries(files)) write(dir, path, text);
  return dir;
};
const issuesOf = (changes: Record<string, Change>) => validateDataset(project(changes), TODAY).issues;

/** A directive that nothing refers to, for checks of one directive's own fields. */
const loneDirective = (...overrides: string[]) => {
  const fields = new Map([
    ['number', '"45/UBND-NN"'],
    ['type', 'cong-van'],
    ['issuer', 'UBND huyện Trà Cú'],
    ['date', '"2024-05-02"'],
    ['subject', 'V/v rà soát tiêu chí'],
    ['summary', 'Tóm tắt.'],
  ]);
  for (const o of overrides) {
    const [key, ...rest] = o.split(': ');
    if (rest.length) fields.set(key!, rest.join(': '));
    else fields.delete(key!);
  }
  return md(...[...fields].map(([k, v]) => `${k}: ${v}`));
};
const LONE = 'content/directives/ubnd-huyen-tra-cu-45-ubnd-nn-2024.md';
// Field lines of a lone directive: number 2, type 3, issuer 4, date 5, subject 6, summary 7.

const unknownUnit = (date: string) => `không có đơn vị hành chính nào mang mã này còn hiệu lực vào ngày ${date}`;
const NO_DIRECTIVE = 'không có văn bản này trong content/directives/';
const NO_NEWS = 'không có tin này trong content/news/';
const dateOutOfRange = 'ngày nằm ngoài khoảng cho phép (2009-01-01 đến 2026-11-23)';

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

  // --- Repeated document numbers -------------------------------------------------------------------------

  it('reports a number repeated by the same body in the same year, on the later file', () => {
    const copy = 'content/directives/ubnd-tinh-tra-vinh-so-12-2024.md';
    const text = loneDirective('number: "12/UBND-NN"', 'issuer: Ủy ban nhân dân tỉnh Trà Vinh', 'date: "2024-11"');
    expect(issuesOf({ [copy]: text })).toEqual([
      {
        file: copy,
        line: 2,
        column: 'number',
        value: '12/UBND-NN',
        message: `số ký hiệu trùng với văn bản ${DIRECTIVE} của cùng cơ quan, cùng năm`,
      },
    ]);
  });

  it('treats a serial written with a leading zero as the same number', () => {
    const copy = 'content/directives/ubnd-tinh-tra-vinh-so-012-2024.md';
    expect(issuesOf({ [copy]: loneDirective('number: "012/UBND-NN"', 'issuer: UBND tỉnh Trà Vinh') }).map((i) => [i.file, i.column])).toEqual([
      [copy, 'number'],
    ]);
  });

  it('does not report the same number from a different body', () => {
    expect(issuesOf({ [LONE]: loneDirective('number: "12/UBND-NN"', 'issuer: UBND huyện Trà Cú') })).toEqual([]);
  });

  it('does not report the same number from the same body in a different year', () => {
    expect(issuesOf({ [LONE]: loneDirective('number: "12/UBND-NN"', 'issuer: UBND tỉnh Trà Vinh', 'date: "2025-01-06"') })).toEqual([]);
  });

  it('does not report numbers whose serial was left blank', () => {
    const blank = ['number: "/UBND-KT"', 'issuer: UBND thành phố Trà Vinh', 'date: "2024"'];
    expect(
      issuesOf({
        'content/directives/ubnd-tp-tra-vinh-ubnd-kt-2024.md': loneDirective(...blank),
        'content/directives/ubnd-tp-tra-vinh-ubnd-kt-2024-b.md': loneDirective(...blank, 'subject: V/v khác'),
      }),
    ).toEqual([]);
  });

  // --- Dates out of range ----------------------------------------------------------------------------

  it('reports a directive dated after today', () => {
    expect(issuesOf({ [LONE]: loneDirective('date: "2026-11-24"') })).toEqual([
      { file: LONE, line: 5, column: 'date', value: '2026-11-24', message: dateOutOfRange },
    ]);
  });

  it('accepts a directive dated today', () => {
    expect(issuesOf({ [LONE]: loneDirective(`date: "${TODAY}"`) })).toEqual([]);
  });

  it('reports a directive dated before 2009', () => {
    expect(issuesOf({ [LONE]: loneDirective('date: "2008-12-31"') })).toEqual([
      { file: LONE, line: 5, column: 'date', value: '2008-12-31', message: dateOutOfRange },
    ]);
  });

  it.each(['2027', '2026-12', '2008'])('reports the partial date %j out of range', (date) => {
    expect(issuesOf({ [LONE]: loneDirective(`date: "${date}"`) })).toEqual([
      { file: LONE, line: 5, column: 'date', value: date, message: dateOutOfRange },
    ]);
  });

  it.each(['2026', '2026-11', '2009', ''])('accepts the partial date %j', (date) => {
    expect(issuesOf({ [LONE]: loneDirective(`date: "${date}"`) })).toEqual([]);
  });

  it('reports a news article dated after today', () => {
    expect(issuesOf({ [NEWS]: swap('date: "2024-04"', 'date: "2027-01"') })).toEqual([
      { file: NEWS, line: 3, column: 'date', value: '2027-01', message: dateOutOfRange },
      { file: NEWS, line: 6, column: 'localities', value: '849', message: unknownUnit('2027-01-31') },
    ]);
  });

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

  // --- Markdown front matter ----------------------------------------------------------------------------

  it('reports an unknown front-matter field on its line', () => {
    expect(issuesOf({ [LONE]: loneDirective('nguoi_ky: Nguyễn Văn A') })).toEqual([
      {
        file: LONE,
        line: 8,
        column: 'nguoi_ky',
        value: 'Nguyễn Văn A',
        message: 'trường nguoi_ky không có trong định dạng (xem mục "Định dạng dữ liệu" trong README)',
      },
    ]);
  });

  it('reports a front-matter YAML syntax error with its line', () => {
    expect(issuesOf({ [LONE]: loneDirective('subject: V/v: rà soát') })).toEqual([
      {
        file: LONE,
        line: 6,
        message:
          'lỗi cú pháp YAML: Nested mappings are not allowed in compact mappings — kiểm tra thụt lề, và đặt trong ngoặc kép những giá trị có dấu hai chấm ":" hoặc dấu "#"',
      },
    ]);
  });

  it('reports a missing required field', () => {
    expect(issuesOf({ [LONE]: loneDirective('summary') })).toEqual([
      { file: LONE, line: 1, column: 'summary', message: 'không được để trống' },
    ]);
  });

  it('says a group of fields is expected where a plain value was written', () => {
    expect(issuesOf({ [LONE]: loneDirective('signer: Nguyễn Văn A') })).toEqual([
      {
        file: LONE,
        line: 8,
        column: 'signer',
        value: 'Nguyễn Văn A',
        message: 'cần một nhóm trường lồng nhau (mỗi trường một dòng, thụt vào hai dấu cách), không phải một giá trị đơn',
      },
    ]);
  });

  it('reports an assessment row whose year is not the year of its file', () => {
    expect(issuesOf({ [A2024]: line(2, '29489,2023,,qd-318-2022,1,1,,,van-ban/ubnd-tinh-tra-vinh-12-ubnd-nn-2024,') })).toEqual([
      { file: A2024, line: 2, column: 'year', value: '2023', message: 'năm không khớp với tên tệp (2024.csv): mỗi tệp chỉ chứa kết quả của một năm' },
    ]);
  });

  it('reports a Markdown file without front matter', () => {
    expect(issuesOf({ [LONE]: '# Công văn 45/UBND-NN\n' })).toEqual([
      { file: LONE, line: 1, message: 'thiếu phần thông tin đầu tệp (front matter) nằm giữa hai dòng "---"' },
    ]);
  });

  it('reports a Markdown file name that is not a slug', () => {
    expect(issuesOf({ 'content/news/Tin Mới.md': BASE[NEWS]! })).toEqual([
      {
        file: 'content/news/Tin Mới.md',
        value: 'Tin Mới',
        message: 'tên tệp: cần mã viết thường không dấu, nối bằng gạch ngang (ví dụ ngay-thu-7-vi-nong-thon-moi)',
      },
    ]);
  });

  it('reports a directive with a bad field once, not again at every citation of it', () => {
    expect(issuesOf({ [DIRECTIVE]: swap('  authority: KT.', '  authority: KT') })).toEqual([
      { file: DIRECTIVE, line: 12, column: 'signer.authority', value: 'KT', message: 'cần một trong các giá trị: TM., KT., TL., TUQ., Q.' },
    ]);
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

// ---------------------------------------------------------------------------------------------------
// The real data of the repository, copied, with one row broken in several files.
// ---------------------------------------------------------------------------------------------------

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** Copies data/ and content/ of the repository into a new temp folder. */
const copyRepoData = (): string => {
  const dir = tempDir();
  for (const sub of ['data', 'content']) cpSync(join(REPO, sub), join(dir, sub), { recursive: true });
  return dir;
};
/** Replaces the first line matching `find` in a copied file; returns that line's number. */
const breakLine = (root: string, path: string, find: RegExp, edit: (line: string) => string): number => {
  const lines = readFileSync(join(root, path), 'utf8').split('\n');
  const i = lines.findIndex((l) => find.test(l));
  if (i < 0) throw new Error(`${path}: no line matches ${find}`);
  lines[i] = edit(lines[i]!);
  writeFileSync(join(root, path), lines.join('\n'));
  return i + 1;
};
/** Cells of a CSV line that has no quoted commas before the cell changed. */
const setCell = (index: number, value: string) => (l: string) => {
  const cells = l.split(',');
  cells[index] = value;
  return cells.join(',');
};

describe('validateDataset on the real data', () => {
  it('finds no issue in the data and content of the repository', () => {
    expect(validateDataset(REPO, TODAY).issues).toEqual([]);
  });

  it('reports one broken row in each of several real files, all together, each at its file and line', () => {
    const root = copyRepoData();
    const expected: DataIssue[] = [];

    // The first assessment file of the repository, or one written here while there is none.
    const present = readdirSync(join(root, 'data/assessments'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.csv'))
      .sort();
    const assessments = present.length ? `data/assessments/${present[0]!.split(sep).join('/')}` : 'data/assessments/86-vinh-long/2024.csv';
    if (!present.length) {
      write(root, assessments, csv('unit,year,as_of,set,criterion,met,value,note,source,illustrative', '29489,2024,,qd-318-2022,1,1,,,,1'));
    }
    const header = readFileSync(join(root, assessments), 'utf8').split('\n')[0]!.split(',');
    let set = '';
    const assessmentLine = breakLine(root, assessments, /^\d/, (l) => {
      set = l.split(',')[header.indexOf('set')]!;
      return setCell(header.indexOf('criterion'), '99')(l);
    });
    expected.push({ file: assessments, line: assessmentLine, column: 'criterion', value: '99', message: `không có tiêu chí này trong bộ tiêu chí ${set}` });

    // An Excel-style number in the Quảng Ngãi figures.
    const quangNgai = 'data/figures/51-quang-ngai.csv';
    const quangNgaiLine = breakLine(root, quangNgai, /^62,2023-01,xa-dat-chuan,/, setCell(3, '"1.234,5"'));
    expected.push({
      file: quangNgai,
      line: quangNgaiLine,
      column: 'value',
      value: '1.234,5',
      message: 'số viết theo kiểu Excel tiếng Việt; trong tệp dữ liệu hãy viết 1234.5 (dấu chấm cho phần thập phân, không phân cách hàng nghìn)',
    });

    // A Vĩnh Long figure for huyện Trà Cú (849) moved past its abolition on 2025-06-30.
    const vinhLong = 'data/figures/86-vinh-long.csv';
    const vinhLongLine = breakLine(root, vinhLong, /^849,2023-04,xa-dat-chuan,/, setCell(1, '2025-12'));
    expected.push({ file: vinhLong, line: vinhLongLine, column: 'scope', value: '849', message: unknownUnit('2025-12-31') });

    // Xã Hàm Giang (29489 from 2025-07-01) given huyện Trà Cú, abolished on 2025-06-30, as its parent.
    const units = 'data/units/86-vinh-long.csv';
    const unitLine = breakLine(root, units, /^29489,[^,]*,[^,]*,commune,[^,]*,2025-07-01,/, setCell(4, '849'));
    expected.push({ file: units, line: unitLine, column: 'parent_code', value: '849', message: 'đơn vị cấp trên không tồn tại trong cùng thời kỳ' });

    // A directive nothing cites, dated the Vietnamese way.
    const directive = 'content/directives/ubnd-tp-quang-ngai-ubnd-kt-2024.md';
    const directiveLine = breakLine(root, directive, /^date: /, () => 'date: 26/01/2024');
    expected.push({ file: directive, line: directiveLine, column: 'date', value: '26/01/2024', message: 'cần ngày viết năm-tháng-ngày; có phải là 2024-01-26?' });

    expect(validateDataset(root, TODAY).issues).toEqual(sortIssues(expected));
  });

  it('finds no issue in the copied real data when nothing is broken', () => {
    const root = copyRepoData();
    expect(readdirSync(join(root, 'content/directives')).length).toBeGreaterThan(0);
    expect(validateDataset(root, TODAY).issues).toEqual([]);
  });
});
