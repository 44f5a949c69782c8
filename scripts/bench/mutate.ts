/**
 * The two edits of the rebuild measurement, as a publisher would make them: one assessment row's
 * "met" flipped in a CSV file, one sentence added to a directive's text. Pure.
 */
import Papa from 'papaparse';

/** Flips `met` (1 ↔ 0) in the first data row of an assessments CSV; returns the text and which row changed. */
export const flipFirstAssessment = (csv: string): { text: string; row: Record<string, string> } => {
  const lines = csv.split('\n');
  const header = Papa.parse<string[]>(lines[0]!).data[0]!;
  const cells = Papa.parse<string[]>(lines[1]!).data[0]!;
  const met = header.indexOf('met');
  if (met < 0 || cells.length !== header.length) throw new Error('not an assessments file with a data row');
  cells[met] = cells[met] === '1' ? '0' : '1';
  lines[1] = Papa.unparse([cells], { newline: '\n' });
  return { text: lines.join('\n'), row: Object.fromEntries(header.map((h, i) => [h, cells[i]!])) };
};

/** Adds one sentence at the end of a Markdown entry's body. */
export const amendBody = (markdown: string, sentence = 'Bổ sung: nội dung này được thêm để đo thời gian dựng lại.'): string =>
  `${markdown.replace(/\s*$/, '')}\n\n${sentence}\n`;
