/**
 * Splits one line of a CSV file into its cells (RFC 4180 quoting), for reading the rows a git diff
 * adds or removes: a diff shows lines, not records. A line that ends inside a quoted cell (a record
 * spanning lines) cannot be read alone and gives undefined; the caller then counts it as a change of
 * the file rather than of a row.
 */
export const splitCsvLine = (line: string): string[] | undefined => {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
    i++;
  }
  if (quoted) return undefined;
  cells.push(cell);
  return cells;
};

/** The line's cells by column name (blank and missing cells left out), or undefined when it cannot be read alone. */
export const cellsByColumn = (header: readonly string[], line: string): Record<string, string> | undefined => {
  const values = splitCsvLine(line);
  if (!values) return undefined;
  const out: Record<string, string> = {};
  header.forEach((name, i) => {
    const v = values[i]?.trim();
    if (v) out[name] = v;
  });
  return out;
};

/** The header's column names: no BOM, no CR, trimmed. */
export const headerColumns = (line: string): string[] => (splitCsvLine(line.replace(/^\uFEFF/, '').replace(/\r$/, '')) ?? []).map((c) => c.trim());
