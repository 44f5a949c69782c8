/**
 * Data issues as GitHub workflow commands (`::error file=…,line=…,col=…,title=…::message`), so a
 * pull request shows each error on the line the publisher changed. Escaping follows GitHub's rules
 * (toolkit's command.ts): in the message `%`, CR and LF; in a property also `:` and `,`.
 * https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands
 */
import { formatIssue, type DataIssue } from './issue.ts';

/** Escapes an annotation message. */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Escapes an annotation property value (file, title). */
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** 1-based character position where each comma-separated field of a CSV line starts; quotes respected. */
export const csvFieldStarts = (line: string): number[] => {
  const starts = [1];
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted; // "" inside a quoted field toggles twice: no change
    else if (c === ',' && !quoted) starts.push(i + 2);
  }
  return starts;
};

const csvHeader = (line: string): string[] => {
  const starts = csvFieldStarts(line);
  return starts.map((s, k) => line.slice(s - 1, (starts[k + 1] ?? line.length + 2) - 2).replace(/^"|"$/g, '').trim());
};

/** Where an annotation points: 1-based line and character column. */
export interface Position {
  line: number;
  col: number;
}

/**
 * Where the `index`-th cell (0-based) of the CSV row starting on line `row` begins. A quoted cell may
 * hold line breaks, so a row can span lines and the cell may start on a later one.
 */
const csvCellPosition = (lines: readonly string[], row: number, index: number): Position | undefined => {
  if (index === 0) return { line: row, col: 1 };
  let field = 0;
  let quoted = false;
  for (let l = row - 1; l < lines.length; l++) {
    const text = lines[l]!;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted && ++field === index) return { line: l + 1, col: i + 2 };
    }
    if (!quoted) return undefined; // the row ended before the cell
  }
  return undefined;
};

/**
 * Where an issue points, from the file's text: for a CSV the start of the cell under the issue's
 * column, for front matter the start of the field's value. Undefined when the issue names no line
 * or column, or the text does not show where it is.
 */
export const issuePosition = (issue: DataIssue, text: string | undefined): Position | undefined => {
  if (text === undefined || !issue.line || issue.column === undefined) return undefined;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const line = lines[issue.line - 1];
  if (line === undefined) return undefined;
  if (issue.file.endsWith('.csv')) {
    const index = csvHeader(lines[0] ?? '').indexOf(issue.column);
    return index < 0 ? undefined : csvCellPosition(lines, issue.line, index);
  }
  // Front matter: `key: value` (indented, or as a list item) for the last named key of the field path.
  const key = issue.column.split('.').filter((k) => !/^\d+$/.test(k)).at(-1);
  const m = key === undefined ? null : new RegExp(`^(\\s*(?:-\\s+)?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\s*)`).exec(line);
  return { line: issue.line, col: (m ? m[1]! : /^\s*(?:-\s+)?/.exec(line)![0]).length + 1 };
};

/** The title GitHub shows above the message: what kind of problem, and in which column or field. */
const titleOf = (i: DataIssue): string => {
  if (i.column === undefined) return 'Dữ liệu không hợp lệ';
  return `Dữ liệu không hợp lệ: ${i.file.endsWith('.md') ? 'trường' : 'cột'} ${i.column}`;
};

/**
 * One issue as an `::error` workflow command. `at` (from {@link issuePosition}) may move the line
 * forward, to where a cell of a row spanning several lines starts.
 */
export const githubAnnotation = (issue: DataIssue, at?: Position): string => {
  const props = [`file=${escapeProperty(issue.file)}`];
  if (at) props.push(`line=${at.line}`, `col=${at.col}`);
  else if (issue.line) props.push(`line=${issue.line}`);
  props.push(`title=${escapeProperty(titleOf(issue))}`);
  return `::error ${props.join(',')}::${escapeData(formatIssue(issue))}`;
};

/** Every issue as an annotation; `readText` returns a file's text by its project path (undefined if unreadable). */
export const githubAnnotations = (issues: readonly DataIssue[], readText: (file: string) => string | undefined): string[] => {
  const texts = new Map<string, string | undefined>();
  const textOf = (file: string) => {
    if (!texts.has(file)) texts.set(file, readText(file));
    return texts.get(file);
  };
  return issues.map((i) => githubAnnotation(i, issuePosition(i, textOf(i.file))));
};
