/** The project's CSV data files, read straight from data/ so tests derive what pages must show. */
import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';

export const DATA = new URL('../../data/', import.meta.url);

/** Rows of one CSV file under data/, as written. */
export const csv = <T>(path: string): T[] => Papa.parse<T>(readFileSync(new URL(path, DATA), 'utf8'), { header: true, skipEmptyLines: true }).data;

/** The CSV files of a data folder ("units", "lineage"…). */
export const filesIn = (dir: string): string[] => readdirSync(new URL(`${dir}/`, DATA)).filter((f) => f.endsWith('.csv'));

export interface UnitRow {
  code: string;
  name: string;
  kind: string;
  level: string;
  valid_from: string;
  valid_to: string;
}
/** Every unit row of data/units/. */
export const units = (): UnitRow[] => filesIn('units').flatMap((f) => csv<UnitRow>(`units/${f}`));
/** Every lineage row of data/lineage/. */
export const lineage = () => filesIn('lineage').flatMap((f) => csv<{ old_code: string; new_code: string; date: string }>(`lineage/${f}`));
