/**
 * `npm run validate`: checks every data file (CSV under data/, Markdown under content/) and prints
 * every problem — file, line, column or field, the bad value, what is expected — in Vietnamese.
 * Exit code 1 when anything is wrong. `--format github` prints GitHub workflow annotations instead,
 * so errors show on the changed line of a pull request.
 */
import { fileURLToPath } from 'node:url';
import { formatIssue, type DataIssue } from '../src/lib/validate/issue.ts';
import { validateDataset } from '../src/lib/validate/validate-dataset.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const dirArg = args.indexOf('--root');
const format = args.includes('--format') ? args[args.indexOf('--format') + 1] : 'text';

// GitHub annotation syntax: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProp = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const githubAnnotation = (i: DataIssue) =>
  `::error file=${escapeProp(i.file)}${i.line ? `,line=${i.line}` : ''},title=${escapeProp('Dữ liệu không hợp lệ')}::${escapeData(formatIssue(i))}`;

const { raw, issues } = validateDataset(dirArg >= 0 ? args[dirArg + 1]! : root);
if (issues.length) {
  for (const i of issues) console.log(format === 'github' ? githubAnnotation(i) : formatIssue(i));
  console.error(`\n${issues.length} lỗi. Sửa các lỗi trên rồi chạy lại: npm run validate`);
  process.exit(1);
}
const rows = Object.values(raw.tables).reduce((n, t) => n + t.length, 0);
const entries = Object.values(raw.entries).reduce((n, e) => n + e.length, 0);
console.log(`Dữ liệu hợp lệ: ${rows} dòng CSV, ${entries} tệp Markdown.`);
