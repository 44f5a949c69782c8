/**
 * `npm run validate`: checks every data file (CSV under data/, Markdown under content/) and prints
 * every problem — file, line, column or field, the bad value, what is expected — in Vietnamese.
 * Exit code 1 when anything is wrong. `--format github` prints GitHub workflow annotations instead,
 * so errors show on the changed line of a pull request.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue } from '../src/lib/validate/issue.ts';
import { githubAnnotations } from '../src/lib/validate/github-annotation.ts';
import { validateDataset } from '../src/lib/validate/validate-dataset.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const dirArg = args.indexOf('--root');
const format = args.includes('--format') ? args[args.indexOf('--format') + 1] : 'text';

if (format !== 'text' && format !== 'github') {
  console.error(`--format: "${format}" không hợp lệ; dùng text hoặc github`);
  process.exit(2);
}

const dir = dirArg >= 0 ? args[dirArg + 1]! : root;
const readText = (file: string): string | undefined => {
  try {
    return readFileSync(join(dir, file), 'utf8');
  } catch {
    return undefined;
  }
};

const { raw, issues } = validateDataset(dir);
if (issues.length) {
  const lines = format === 'github' ? githubAnnotations(issues, readText) : issues.map(formatIssue);
  for (const l of lines) console.log(l);
  console.error(`\n${issues.length} lỗi. Sửa các lỗi trên rồi chạy lại: npm run validate`);
  process.exit(1);
}
const rows = Object.values(raw.tables).reduce((n, t) => n + t.length, 0);
const entries = Object.values(raw.entries).reduce((n, e) => n + e.length, 0);
console.log(`Dữ liệu hợp lệ: ${rows} dòng CSV, ${entries} tệp Markdown.`);
