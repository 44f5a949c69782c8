/**
 * Astro content loaders over the CSV datasets. They reuse `readDataset`, read once per process, so
 * the build and `npm run validate` parse and check the files with the very same code. Commune
 * assessments are stored one entry per unit, year and set (not one per criterion row) to keep the
 * data store small at national scale (about 50,000 entries rather than a million).
 */
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { readDataset, type RawDataset, type Tables } from './read-dataset.ts';
import type { DatasetKey } from '../schemas/datasets.ts';
import { DataValidationError } from '../lib/validate/issue.ts';
import { groupAssessments } from '../lib/criteria/group-assessments.ts';
import { indexUnits } from '../lib/units/unit-index.ts';
import { dataRoot } from './data-root.ts';

let cached: { root: string; raw: RawDataset } | undefined;

const load = (projectRoot: string): RawDataset => {
  const root = dataRoot(projectRoot);
  if (cached?.root !== root) cached = { root, raw: readDataset(root) };
  if (cached.raw.issues.length) throw new DataValidationError(cached.raw.issues);
  return cached.raw;
};

/** Loads one CSV dataset, one entry per row, with ids from `idOf`. */
export const csvLoader = <K extends DatasetKey>(key: K, idOf: (row: Tables[K][number]['data']) => string): Loader => ({
  name: `ntm-csv:${key}`,
  load: async ({ store, config, generateDigest }) => {
    const raw = load(fileURLToPath(config.root));
    store.clear();
    for (const row of raw.tables[key] as Tables[K]) {
      const data = { ...(row.data as Record<string, unknown>), _file: row.file, _line: row.line };
      store.set({ id: idOf(row.data), data, digest: generateDigest(data) });
    }
  },
});

/** Loads commune assessments grouped per unit, year and criteria set. */
export const assessmentLoader = (): Loader => ({
  name: 'ntm-csv:assessments',
  load: async ({ store, config, generateDigest }) => {
    const raw = load(fileURLToPath(config.root));
    store.clear();
    const units = indexUnits(raw.tables.units.map((r) => r.data));
    for (const a of groupAssessments(raw.tables.assessments, units)) {
      const data = a as unknown as Record<string, unknown>;
      store.set({ id: a.id, data, digest: generateDigest(data) });
    }
  },
});
