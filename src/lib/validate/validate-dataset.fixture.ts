/**
 * Test support for the validate-dataset tests: a minimal valid project written to a temp folder,
 * and helpers that break one file of it. Line numbers used by the tests are noted beside each row.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { validateDataset } from './validate-dataset.ts';

export const TODAY = '2026-11-23';

// ---------------------------------------------------------------------------------------------------
// A minimal valid project. Units across both periods: 29489 is Xã Hàm Tân (huyện Trà Cú, Trà Vinh)
// until 2025-06-30 and Xã Hàm Giang (Vĩnh Long) from 2025-07-01; 29482 Kim Sơn and the district 849
// Trà Cú exist only before. Two criteria sets: qd-318-2022 (2021–2025, criteria 1–3, two groups) and
// qd-51-2025 (2026–2030, criteria 1–2). Line numbers used by the tests are noted beside each row.
// ---------------------------------------------------------------------------------------------------

export const DIRECTIVE = 'content/directives/ubnd-tinh-tra-vinh-12-ubnd-nn-2024.md';
export const NEWS = 'content/news/tra-cu-bao-cao-2024.md';
export const CAMPAIGN = 'content/campaigns/ngay-thu-7-vi-nong-thon-moi.md';
export const UNITS = 'data/units/86-vinh-long.csv';
export const LINEAGE = 'data/lineage/86-vinh-long.csv';
export const SETS = 'data/criteria/sets.csv';
export const GROUPS = 'data/criteria/groups.csv';
export const CRITERIA = 'data/criteria/criteria.csv';
export const LEVELS = 'data/criteria/levels.csv';
export const A2024 = 'data/assessments/86-vinh-long/2024.csv';
export const A2026 = 'data/assessments/86-vinh-long/2026.csv';
export const RECOGNITIONS = 'data/recognitions/86-vinh-long.csv';
export const INDICATORS = 'data/indicators.csv';
export const PROGRAMMES = 'data/programmes.csv';
export const FIGURES = 'data/figures/86-vinh-long.csv';
export const DISBURSEMENTS = 'data/disbursements/86-vinh-long.csv';

export const csv = (...rows: string[]) => rows.map((r) => `${r}\n`).join('');
export const md = (...fields: string[]) => ['---', ...fields, '---', 'Nội dung.', ''].join('\n');

export const BASE: Record<string, string> = {
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
export type Change = string | null | ((text: string) => string);

/** Replaces line `n` (1-based) of a file. */
export const line = (n: number, text: string) => (file: string) => {
  const lines = file.split('\n');
  if (n < 1 || n > lines.length) throw new Error(`no line ${n}`);
  lines[n - 1] = text;
  return lines.join('\n');
};
/** Replaces `from` (which must occur) with `to`. */
export const swap = (from: string, to: string) => (file: string) => {
  if (!file.includes(from)) throw new Error(`"${from}" not found`);
  return file.replace(from, to);
};
/** Appends rows to a CSV. */
export const append = (...rows: string[]) => (file: string) => file + csv(...rows);

export const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
export const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ntm-validate-'));
  temps.push(dir);
  return dir;
};
export const write = (root: string, path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

/** Writes the minimal valid project, with `changes` applied, to a new temp folder. */
export const project = (changes: Record<string, Change> = {}): string => {
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
export const issuesOf = (changes: Record<string, Change>) => validateDataset(project(changes), TODAY).issues;

/** A directive that nothing refers to, for checks of one directive's own fields. */
export const loneDirective = (...overrides: string[]) => {
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
export const LONE = 'content/directives/ubnd-huyen-tra-cu-45-ubnd-nn-2024.md';
// Field lines of a lone directive: number 2, type 3, issuer 4, date 5, subject 6, summary 7.

export const unknownUnit = (date: string) => `không có đơn vị hành chính nào mang mã này còn hiệu lực vào ngày ${date}`;
export const NO_DIRECTIVE = 'không có văn bản này trong content/directives/';
export const NO_NEWS = 'không có tin này trong content/news/';
export const dateOutOfRange = 'ngày nằm ngoài khoảng cho phép (2009-01-01 đến 2026-11-23)';
