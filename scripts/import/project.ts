/**
 * What the importer matches a document against, read from the project: the administrative units
 * (data/units/*.csv, to suggest `localities`) and the campaigns (content/campaigns/*.md, by name).
 * A file that does not read is skipped: matching is a convenience, never a reason to stop.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { readCsv } from '../../src/lib/csv/read-csv.ts';
import { checkRows } from '../../src/lib/validate/rows.ts';
import { unitRow } from '../../src/schemas/unit.ts';
import type { NamedCampaign } from '../../src/lib/importer/campaigns.ts';
import type { NamedUnit } from '../../src/lib/importer/localities.ts';

const filesIn = (dir: string, ext: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f)) : [];

/** Every unit row of data/units. */
export function loadUnits(root: string): NamedUnit[] {
  const columns = Object.keys(unitRow.shape);
  return filesIn(join(root, 'data', 'units'), '.csv').flatMap((file) => {
    const csv = readCsv(readFileSync(file, 'utf8'), file, columns, ['code', 'name', 'kind', 'level']);
    return checkRows(unitRow, csv.rows, file).rows.map((r) => r.data);
  });
}

/** Id and name of every campaign. */
export function loadCampaigns(root: string): NamedCampaign[] {
  return filesIn(join(root, 'content', 'campaigns'), '.md').flatMap((file) => {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(readFileSync(file, 'utf8'))?.[1];
    const name = front ? (parse(front) as { name?: unknown } | null)?.name : undefined;
    const id = basename(file, '.md');
    return typeof name === 'string' ? [{ id, name }] : [];
  });
}
