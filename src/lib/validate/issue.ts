/**
 * A data problem found while reading or checking a file. Every problem names the file and, where it
 * can, the line and the column (CSV) or field (front matter), the bad value and what was expected.
 */
import { shown } from '../../i18n/validation.ts';

/** One problem in one place. */
export interface DataIssue {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line number in the file. */
  line?: number;
  /** Column name (CSV) or field path (front matter), as written. */
  column?: string;
  /** The offending value, as written. */
  value?: string;
  /** What is wrong and what is expected, in Vietnamese. */
  message: string;
}

/** Renders an issue as one line: `file:line cột "x": giá trị "v" — message`. */
export const formatIssue = (i: DataIssue): string => {
  const where = i.line ? `${i.file}:${i.line}` : i.file;
  // Markdown front matter has fields, CSV has columns: name them as the publisher sees them.
  const what = i.column ? ` ${i.file.endsWith('.md') ? 'trường' : 'cột'} "${i.column}"` : '';
  const value = i.value !== undefined ? `: giá trị ${shown(i.value)}` : '';
  return `${where}${what}${value} — ${i.message}`;
};

/** Orders issues by file, then line, so a publisher can work down a file. */
export const sortIssues = (issues: readonly DataIssue[]): DataIssue[] =>
  [...issues].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));

/** Thrown when data files are invalid; carries every issue, not just the first. */
export class DataValidationError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: readonly DataIssue[]) {
    const sorted = sortIssues(issues);
    super(
      `Dữ liệu có ${sorted.length} lỗi; trang web không được tạo cho đến khi sửa hết:\n` +
        sorted.map((i) => `  ${formatIssue(i)}`).join('\n'),
    );
    this.name = 'DataValidationError';
    this.issues = sorted;
  }
}
