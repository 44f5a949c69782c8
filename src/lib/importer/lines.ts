/**
 * Turns text copied from a government portal or a Word file into clean lines. Copies carry Windows
 * line endings, non-breaking and zero-width spaces, the look-alike Ð of some Word fonts, and the
 * two-column header and signature tables flattened into tab- or space-separated cells; after this
 * step every cell is a line of its own and every other module can match plain text.
 */
import { normalizeLookalikes } from '../text/fold.ts';

// Spaces that look like spaces: NBSP, narrow NBSP, figure space, the other fixed-width spaces.
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/gu;
// Zero-width characters, the BOM and the soft hyphen: invisible, but they break every match.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
// Line breaks other than LF: CRLF, CR, vertical tab and form feed (Word page breaks), Unicode separators.
const BREAKS = /\r\n?|[\v\f\u2028\u2029\u0085]/gu;
// A table separator row of a Markdown copy: | --- | :---: |
const TABLE_RULE = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/u;
// Cells of a flattened table are separated by tabs, or by a wide run of spaces.
const CELL_GAP = /\t+| {4,}/u;
// A flattened cell is short; a longer piece means the gap was inside a paragraph.
const MAX_CELL = 100;
// A list marker alone: "1.", "2)", "a)", "II.", "-", "+", "•".
const LIST_MARKER = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]|\p{Ll}[.)]|[IVXL]{1,5}\.|[-+•–*])$/u;

/** The whole text with line endings, spaces and look-alike letters made canonical. */
export function normaliseText(raw: string): string {
  return normalizeLookalikes(raw.replace(BREAKS, '\n').replace(INVISIBLE, '').replace(ODD_SPACES, ' '));
}

/** Split one line into the cells of a flattened table; a line that is not a table row stays whole. */
export function splitCells(line: string): string[] {
  const trimmed = line.trim();
  if (trimmed.startsWith('|') && trimmed.endsWith('|') && trimmed.length > 1) {
    return trimmed
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim())
      .filter((c) => c !== '');
  }
  if (!CELL_GAP.test(trimmed)) return [trimmed];
  const cells = trimmed
    .split(new RegExp(CELL_GAP.source, 'gu'))
    .map((c) => c.trim())
    .filter((c) => c !== '');
  // Word copies a numbered or bulleted paragraph as "1.<tab>Text": the marker belongs to its text.
  if (cells.length >= 2 && LIST_MARKER.test(cells[0]!)) cells.splice(0, 2, `${cells[0]} ${cells[1]}`);
  return cells.every((c) => c.length <= MAX_CELL) ? cells : [trimmed.replace(/\s+/gu, ' ')];
}

/** The document as lines: normalised, table cells one per line, inner runs of spaces collapsed; blank lines kept as "". */
export function toLines(raw: string): string[] {
  const out: string[] = [];
  for (const line of normaliseText(raw).split('\n')) {
    if (TABLE_RULE.test(line.trim()) && line.includes('-')) continue;
    const cells = splitCells(line);
    if (cells.length === 0 || (cells.length === 1 && cells[0] === '')) out.push('');
    else for (const c of cells) out.push(c.replace(/[ \t]+/gu, ' '));
  }
  return out;
}

// Markdown emphasis a converter leaves around a line (**bold**, *italic*, __x__), and stray ones at one end.
const EMPHASIS_EDGES = /^(?:\*\*|__|\*|_)+|(?:\*\*|__|\*|_)+$/gu;

/** A line without the emphasis markers around it: "**KT. CHỦ TỊCH" → "KT. CHỦ TỊCH". */
export const plain = (line: string): string => line.replace(EMPHASIS_EDGES, '').trim();

/** True for a line with no text. */
export const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === '';

const LETTERS = /\p{L}/gu;

/** True when every letter of the line is upper case and it has at least two ("THÔNG BÁO", "UBND TỈNH"). */
export function isUpperLine(line: string): boolean {
  const letters = plain(line).match(LETTERS) ?? [];
  return letters.length >= 2 && letters.every((ch) => ch === ch.toUpperCase() && ch !== ch.toLowerCase());
}

/** Rules drawn under header names: "-----", "_____", "*", "***", "———". */
export const isRule = (line: string): boolean => /^[\s\-_*=~–—.·•]+$/u.test(line) && line.trim() !== '';

/** True when the line starts with a lower-case letter: the continuation of a wrapped sentence. */
export const startsLowercase = (line: string): boolean => {
  const first = /\p{L}/u.exec(plain(line))?.[0];
  return first !== undefined && first === first.toLowerCase() && first !== first.toUpperCase();
};
