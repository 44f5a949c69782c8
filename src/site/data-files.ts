/** The CSV files behind the collections, by dataset, for the open-data page and its downloads. */
import { getCollection } from 'astro:content';
import { DATASETS } from '../schemas/datasets.ts';
import { portal } from './portal.ts';

/** A data file: its path under data/, its dataset and its number of rows. */
export interface DataFile {
  path: string;
  dataset: string;
  rows: number;
}

const tables = ['units', 'lineage', 'criteriaSets', 'criteriaGroups', 'criteria', 'levels', 'recognitions', 'indicators', 'programmes', 'figures', 'disbursements'] as const;

let cache: Promise<DataFile[]> | undefined;

/** Every CSV file with at least one row, in path order. */
export const dataFiles = (): Promise<DataFile[]> =>
  (cache ??= (async () => {
    const counts = new Map<string, DataFile>();
    const add = (file: string, dataset: string) => {
      const path = file.replace(/^data\//, '');
      const f = counts.get(path) ?? { path, dataset, rows: 0 };
      f.rows++;
      counts.set(path, f);
    };
    for (const key of tables) for (const e of await getCollection(key)) add((e.data as { _file: string })._file, key);
    // Assessments are stored grouped; count their rows from the results they hold.
    const p = await portal();
    for (const list of p.assessmentsByUnit.values()) for (const a of list) for (const r of a.results) add(r.file, 'assessments');
    const order = new Map<string, number>(DATASETS.map((d, i) => [d.key, i]));
    return [...counts.values()].sort((a, b) => (order.get(a.dataset)! - order.get(b.dataset)!) || a.path.localeCompare(b.path));
  })());
