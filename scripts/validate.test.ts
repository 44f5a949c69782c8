import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./validate.ts', import.meta.url));

const csv = (...rows: string[]) => rows.map((r) => `${r}\n`).join('');
const DIRECTIVE = 'content/directives/ubnd-tinh-tra-vinh-12-ubnd-nn-2024.md';
const FIGURES = 'data/figures/86-vinh-long.csv';

// A small valid project: three units, one programme, one indicator, one figure, one directive.
const VALID: Record<string, string> = {
  'data/units/86-vinh-long.csv': csv(
    'code,name,kind,level,parent_code,valid_from,valid_to,source',
    '84,Trà Vinh,tỉnh,province,,,2025-06-30,',
    '849,Trà Cú,huyện,district,84,,2025-06-30,',
    '29489,Hàm Tân,xã,commune,849,,2025-06-30,',
  ),
  'data/programmes.csv': csv('programme,name,decision,period', 'ntm-2021-2025,Chương trình MTQG xây dựng nông thôn mới,263/QĐ-TTg,2021–2025'),
  'data/indicators.csv': csv('indicator,name,unit,description', 'xa-dat-chuan,Số xã đạt chuẩn nông thôn mới,xã,Số xã đã được công nhận.'),
  [FIGURES]: csv(
    'scope,period,indicator,value,of,target,kind,source,note,illustrative',
    '849,2023-04,xa-dat-chuan,12,20,,reported,https://example.gov.vn/bao-cao,,', // 2
  ),
  [DIRECTIVE]: [
    '---',
    'number: "12/UBND-NN"', // 2
    'type: cong-van', // 3
    'issuer: UBND tỉnh Trà Vinh', // 4
    'date: "2024-03-15"', // 5
    'subject: V/v đánh giá tiêu chí xã nông thôn mới năm 2024', // 6
    'programmes: [ntm-2021-2025]', // 7
    'localities: ["29489"]', // 8
    'summary: UBND tỉnh yêu cầu các huyện đánh giá tiêu chí.', // 9
    '---',
    'Nội dung.',
    '',
  ].join('\n'),
};

// The same project with one error in each of four files and a CSV file in no dataset's place.
const BROKEN: Record<string, string> = {
  ...VALID,
  [DIRECTIVE]: VALID[DIRECTIVE]!.replace('date: "2024-03-15"', 'date: 26/01/2024'),
  [FIGURES]: csv(
    'scope,period,indicator,value,of,target,kind,source,note,illustrative',
    '849,2023-04,xa-dat-chuan,"25.608,6",20,,reported,https://example.gov.vn/bao-cao,,', // 2
    '849,2023-04,xa-kieu-mau,3,,,reported,https://example.gov.vn/bao-cao,,', // 3
  ),
  'data/programmes.csv': `\uFEFF${VALID['data/programmes.csv']}`,
  'data/ghi-chu,2024.csv': csv('a,b', '1,2'),
};

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
const fixture = (files: Record<string, string>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'ntm-validate-cli-'));
  temps.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
};
const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
const outputLines = (stdout: string) => stdout.split('\n').filter((l) => l !== '');

const EXPECTED_TEXT = [
  'content/directives/ubnd-tinh-tra-vinh-12-ubnd-nn-2024.md:5 trường "date": giá trị "26/01/2024" — cần ngày viết năm-tháng-ngày; có phải là 2024-01-26?',
  'data/figures/86-vinh-long.csv:2 cột "value": giá trị "25.608,6" — số viết theo kiểu Excel tiếng Việt; trong tệp dữ liệu hãy viết 25608.6 (dấu chấm cho phần thập phân, không phân cách hàng nghìn)',
  'data/figures/86-vinh-long.csv:3 cột "indicator": giá trị "xa-kieu-mau" — chỉ tiêu không có trong data/indicators.csv',
  'data/ghi-chu,2024.csv — tệp CSV không thuộc bộ dữ liệu nào; các vị trí hợp lệ: data/units/86-vinh-long.csv, data/lineage/86-vinh-long.csv, data/criteria/sets.csv, data/criteria/groups.csv, data/criteria/criteria.csv, data/criteria/levels.csv, data/assessments/86-vinh-long/2024.csv, data/recognitions/86-vinh-long.csv, data/indicators.csv, data/programmes.csv, data/figures/51-quang-ngai.csv, data/disbursements/12-lai-chau.csv',
  'data/programmes.csv:1 — tệp bắt đầu bằng ký tự BOM (thường do Excel lưu "CSV UTF-8"); hãy lưu lại dạng UTF-8 không BOM',
];

describe('validate CLI', () => {
  it('exits with code 1 on a broken project', () => {
    expect(run('--root', fixture(BROKEN)).status).toBe(1);
  });

  it('prints every error, one per line, with file, line, column or field, value and message', () => {
    expect(outputLines(run('--root', fixture(BROKEN)).stdout)).toEqual(EXPECTED_TEXT);
  });

  it('ends with the number of errors and how to check again', () => {
    expect(run('--root', fixture(BROKEN)).stderr).toBe('\n5 lỗi. Sửa các lỗi trên rồi chạy lại: npm run validate\n');
  });

  it('exits with code 0 and counts what it read on a valid project', () => {
    const r = run('--root', fixture(VALID));
    expect([r.status, r.stdout, r.stderr]).toEqual([0, 'Dữ liệu hợp lệ: 6 dòng CSV, 1 tệp Markdown.\n', '']);
  });

  it('validates the repository itself when no root is given', () => {
    const r = run();
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^Dữ liệu hợp lệ: \d+ dòng CSV, \d+ tệp Markdown\.\n$/);
  });

  it('prints GitHub annotations with --format github, each at the line and column of the error', () => {
    const r = run('--root', fixture(BROKEN), '--format', 'github');
    expect(r.status).toBe(1);
    expect(outputLines(r.stdout)).toEqual([
      `::error file=content/directives/ubnd-tinh-tra-vinh-12-ubnd-nn-2024.md,line=5,col=7,title=Dữ liệu không hợp lệ%3A trường date::${EXPECTED_TEXT[0]}`,
      `::error file=data/figures/86-vinh-long.csv,line=2,col=26,title=Dữ liệu không hợp lệ%3A cột value::${EXPECTED_TEXT[1]}`,
      `::error file=data/figures/86-vinh-long.csv,line=3,col=13,title=Dữ liệu không hợp lệ%3A cột indicator::${EXPECTED_TEXT[2]}`,
      `::error file=data/ghi-chu%2C2024.csv,title=Dữ liệu không hợp lệ::${EXPECTED_TEXT[3]}`,
      `::error file=data/programmes.csv,line=1,title=Dữ liệu không hợp lệ::${EXPECTED_TEXT[4]}`,
    ]);
  });

  it('rejects an unknown --format', () => {
    const r = run('--format', 'json');
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', '--format: "json" không hợp lệ; dùng text hoặc github\n']);
  });

  it('escapes percent signs and line breaks in the annotation message', () => {
    const files = {
      ...VALID,
      [FIGURES]: csv(
        'scope,period,indicator,value,of,target,kind,source,note,illustrative',
        '849,2023-04,"xa-dat\nchuan",43%,20,,reported,https://example.gov.vn/bao-cao,,',
      ),
    };
    const decimal = 'cần một số viết bằng chữ số, dấu chấm "." cho phần thập phân, không có dấu phân cách hàng nghìn (ví dụ 25608.6)';
    const slug = 'cần mã viết thường không dấu, nối bằng gạch ngang (ví dụ ngay-thu-7-vi-nong-thon-moi)';
    // The quoted line break puts the value cell at the start of line 3 (`chuan",43%,…`), column 8.
    expect(outputLines(run('--root', fixture(files), '--format', 'github').stdout)).toEqual([
      `::error file=data/figures/86-vinh-long.csv,line=2,col=13,title=Dữ liệu không hợp lệ%3A cột indicator::data/figures/86-vinh-long.csv:2 cột "indicator": giá trị "xa-dat%0Achuan" — ${slug}`,
      `::error file=data/figures/86-vinh-long.csv,line=3,col=8,title=Dữ liệu không hợp lệ%3A cột value::data/figures/86-vinh-long.csv:2 cột "value": giá trị "43%25" — ${decimal}`,
    ]);
  });
});
