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

// The build validates every file before the content layer starts (src/integrations/validate-data.ts).
// That parse is handed over here rather than done twice (30 s at national scale). The integration and
// the loaders run in one process but are loaded as separate module instances, hence a global.
const HANDOVER = Symbol.for('ntm:parsed-dataset');
type Handover = { [HANDOVER]?: { root: string; raw: RawDataset } };

/** Offers a parse of `root` (already validated) to the loaders of the coming content sync. */
export const handOverParsed = (root: string, raw: RawDataset): void => {
  (globalThis as Handover)[HANDOVER] = { root, raw };
};

const parse = (root: string): RawDataset => {
  const given = (globalThis as Handover)[HANDOVER];
  delete (globalThis as Handover)[HANDOVER];
  return given?.root === root ? given.raw : readDataset(root);
};
/** Loaders that have not yet run in this sync: the parsed files are dropped when the last one has. */
const loaders = new Set<string>();
let pending = new Set<string>();

const load = (projectRoot: string, name: string): RawDataset => {
  const root = dataRoot(projectRoot);
  if (cached?.root !== root || pending.size === 0) {
    cached = { root, raw: parse(root) };
    pending = new Set(loaders);
  }
  if (cached.raw.issues.length) throw new DataValidationError(cached.raw.issues);
  pending.delete(name);
  const { raw } = cached;
  // At national scale the parsed rows take hundreds of megabytes; once every collection holds its
  // own copy in the content store, nothing needs them for the rest of the build.
  if (pending.size === 0) cached = undefined;
  return raw;
};

/** Registers a loader, so the shared parse is kept until it has run. */
const register = (name: string): string => {
  loaders.add(name);
  pending.add(name);
  return name;
};

/** Loads one CSV dataset, one entry per row, with ids from `idOf`. */
export const csvLoader = <K extends DatasetKey>(key: K, idOf: (row: Tables[K][number]['data']) => string): Loader => {
  const name = register(`ntm-csv:${key}`);
  return {
    name,
    load: async ({ store, config, generateDigest }) => {
      const raw = load(fileURLToPath(config.root), name);
      store.clear();
      for (const row of raw.tables[key] as Tables[K]) {
        const data = { ...(row.data as Record<string, unknown>), _file: row.file, _line: row.line };
        store.set({ id: idOf(row.data), data, digest: generateDigest(data) });
      }
    },
  };
};

/** Loads commune assessments grouped per unit, year and criteria set. */
export const assessmentLoader = (): Loader => {
  const name = register('ntm-csv:assessments');
  return {
    name,
    load: async ({ store, config, generateDigest }) => {
      const raw = load(fileURLToPath(config.root), name);
      store.clear();
      const units = indexUnits(raw.tables.units.map((r) => r.data));
      for (const a of groupAssessments(raw.tables.assessments, units)) {
        const data = a as unknown as Record<string, unknown>;
        store.set({ id: a.id, data, digest: generateDigest(data) });
      }
    },
  };
};
