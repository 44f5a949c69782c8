/**
 * Checks on the rows about to be written. Each returns messages (file and line or code first); the
 * caller treats them as fatal, so nothing is written while any row is wrong.
 */
import { inForce } from '../../src/lib/units/unit-index.ts';
import type { UnitCells } from './units.ts';

/** Schema errors of rows about to be written to `file` (line numbers count the header as line 1). */
export const schemaProblems = <R extends Record<string, string>>(
  rows: readonly R[],
  schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
  file: string,
): string[] =>
  rows.flatMap((row, i) => {
    const r = schema.safeParse(row);
    if (r.success) return [];
    return (r.error?.issues ?? []).map((issue) => `${file}:${i + 2} ${String(issue.path[0] ?? '')}: ${issue.message} (${JSON.stringify(row)})`);
  });

// Blank cells mean "no bound", which the unit index spells as undefined.
const asUnit = (r: UnitCells) => ({
  code: r.code,
  valid_from: r.valid_from || undefined,
  valid_to: r.valid_to || undefined,
});

/** Rows whose parent_code names no unit of the same file in force on the row's last (or first) day. */
export const parentProblems = (rows: readonly UnitCells[], file: string): string[] => {
  const byCode = Map.groupBy(rows, (r) => r.code);
  return rows.flatMap((r) => {
    if (!r.parent_code) return [];
    const day = r.valid_to || r.valid_from;
    const ok = (byCode.get(r.parent_code) ?? []).some((p) => inForce(asUnit(p), day));
    return ok ? [] : [`${file}: ${r.code} ${r.name}: parent ${r.parent_code} is not in force on ${day}`];
  });
};

/** Rows repeating a (code, valid_from) pair, which is what identifies a unit. */
export const duplicateProblems = (rows: readonly UnitCells[], file: string): string[] => {
  const seen = new Set<string>();
  return rows.flatMap((r) => {
    const key = `${r.code}:${r.valid_from}`;
    if (!seen.has(key)) {
      seen.add(key);
      return [];
    }
    return [`${file}: unit ${r.code} with valid_from "${r.valid_from}" appears twice`];
  });
};
