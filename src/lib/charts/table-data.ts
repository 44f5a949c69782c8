/**
 * A chart's numbers come from the HTML table beside it, so the two cannot disagree: the page writes
 * each value once, as the cell's text (Vietnamese form) and as its `data-value` (a plain number), and
 * the browser reads the table into this model and the model into Chart.js data. Pure, so the
 * conversion is tested without a browser; src/client/chart-render.ts does the DOM reading.
 */

/** A table as read from the page: data columns (after the row-header column) and rows. */
export interface TableModel {
  /** Header text of each data column, and whether the column is drawn as a series. */
  columns: { label: string; series: boolean }[];
  /** Row header text and the raw `data-value` of each data cell (undefined when the cell has none). */
  rows: { label: string; values: (string | undefined)[] }[];
}

/** Labels and one dataset per series column, as Chart.js takes them. */
export interface ChartData {
  labels: string[];
  datasets: { label: string; data: (number | null)[] }[];
}

/** A `data-value` as a number; blank or absent is no value, anything else that is not a number throws. */
export const parseValue = (raw: string | undefined): number | null => {
  if (raw === undefined || raw.trim() === '') return null;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new RangeError(`data-value is not a number: ${JSON.stringify(raw)}`);
  return n;
};

/** The chart data of a table; rows without a value in any series are left out (nothing to draw). */
export const chartData = (table: TableModel): ChartData => {
  const series = table.columns.flatMap((c, i) => (c.series ? [{ label: c.label, index: i }] : []));
  const rows = table.rows
    .map((r) => ({ label: r.label, values: series.map((s) => parseValue(r.values[s.index])) }))
    .filter((r) => r.values.some((v) => v !== null));
  return {
    labels: rows.map((r) => r.label),
    datasets: series.map((s, i) => ({ label: s.label, data: rows.map((r) => r.values[i]!) })),
  };
};

/** Height in CSS pixels for a chart: bars along a horizontal axis grow with their number. */
export const chartHeight = (data: ChartData, axis: 'x' | 'y'): number => {
  if (axis === 'x') return 320;
  // Room for two lines of label even with one series.
  const perRow = Math.max(data.datasets.length * 22 + 12, 38);
  return Math.max(160, data.labels.length * perRow + 56);
};

/**
 * A category label broken into lines of about `width` characters at spaces (Chart.js draws an array
 * as lines and does not wrap by itself), so long names fit beside horizontal bars.
 */
export const wrapLabel = (label: string, width = 36): string | string[] => {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
};
