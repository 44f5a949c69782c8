/**
 * Reads a CSV file as publishers write it, with papaparse, keeping the line number of every row so
 * that messages point at the line to fix. Files must be UTF-8 without BOM, LF line endings, comma
 * separated, with exactly the expected header. What Excel tends to produce instead (BOM, CRLF,
 * semicolons) is reported as an issue, but the file is still read so all other problems show too.
 */
import Papa from 'papaparse';
import { msg } from '../../i18n/validation.ts';
import type { DataIssue } from '../validate/issue.ts';

/** One data row: its cells by column name and the line it starts on. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

/** The rows read, the header as written, and every structural problem found. */
export interface CsvResult {
  header: string[];
  rows: CsvRow[];
  issues: DataIssue[];
}

const lineStarts = (text: string): number[] => {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
};

// Binary search: the 1-based line that contains character offset `at`.
const lineOf = (starts: readonly number[], at: number): number => {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
};

/**
 * Parses `text` (the content of `file`) against the expected `columns`; columns listed in `required`
 * must be present in the header, the others may be left out entirely.
 */
export const readCsv = (
  text: string,
  file: string,
  columns: readonly string[],
  required: readonly string[] = columns,
): CsvResult => {
  const issues: DataIssue[] = [];
  let body = text;
  if (body.charCodeAt(0) === 0xfeff) {
    issues.push({ file, line: 1, message: msg.bom });
    body = body.slice(1);
  }
  if (body.includes('\uFFFD')) {
    const at = body.indexOf('\uFFFD');
    issues.push({ file, line: lineOf(lineStarts(body), at), message: msg.notUtf8 });
  }
  const crlf = body.indexOf('\r\n');
  if (crlf !== -1) {
    issues.push({ file, line: lineOf(lineStarts(body), crlf), message: msg.crlf });
    body = body.replace(/\r\n/g, '\n');
  }
  if (body.trim() === '') {
    issues.push({ file, line: 1, message: msg.emptyFile });
    return { header: [], rows: [], issues };
  }

  const firstLine = body.slice(0, body.indexOf('\n') === -1 ? undefined : body.indexOf('\n'));
  let delimiter = ',';
  if (!firstLine.includes(',') && firstLine.includes(';')) {
    issues.push({ file, line: 1, message: msg.semicolon });
    delimiter = ';';
  }

  const starts = lineStarts(body);
  const records: { line: number; cells: string[] }[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const line = lineOf(starts, rowStart);
      rowStart = result.meta.cursor + 1;
      for (const e of result.errors) issues.push({ file, line, message: msg.csvSyntax(e.message) });
      const cells = result.data;
      if (cells.length === 1 && cells[0]!.trim() === '') return; // blank line
      records.push({ line, cells });
    },
  });

  const headerRecord = records.shift();
  const header = (headerRecord?.cells ?? []).map((h) => h.trim());
  // Blank lines before the header are skipped, so the header is not always on line 1.
  const headerLine = headerRecord?.line ?? 1;
  const seen = new Set<string>();
  header.forEach((name) => {
    if (seen.has(name)) issues.push({ file, line: headerLine, column: name, message: msg.duplicateColumn });
    seen.add(name);
    if (!columns.includes(name)) issues.push({ file, line: headerLine, column: name, message: msg.unknownColumn(columns) });
  });
  for (const name of required) {
    if (!seen.has(name)) issues.push({ file, line: headerLine, message: msg.missingColumn(name) });
  }

  const rows: CsvRow[] = [];
  for (const r of records) {
    if (r.cells.length !== header.length) {
      issues.push({ file, line: r.line, message: msg.fieldCount(r.cells.length, header.length) });
      continue;
    }
    const cells: Record<string, string> = {};
    // Optional columns left out of the header read as blank cells.
    for (const name of columns) cells[name] = '';
    header.forEach((name, i) => (cells[name] = r.cells[i]!));
    rows.push({ line: r.line, cells });
  }
  return { header, rows, issues };
};
