// The real data of the repository, copied, with one row broken in several files.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sortIssues, type DataIssue } from './issue.ts';
import { validateDataset } from './validate-dataset.ts';
import { TODAY, csv, tempDir, write, unknownUnit } from './validate-dataset.fixture.ts';

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
