/**
 * File I/O of the generator: reads its inputs (the reference unit sources and the project's own
 * criteria, indicator, programme and outline files, copied as they are) and writes a dataset folder.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadSources } from '../derive-units.ts';
import { readSets } from '../generate-demo-assessments.ts';
import type { DatasetInputs } from './dataset.ts';

/** Project files copied into every dataset, under data/. */
const COPIED = ['criteria/sets.csv', 'criteria/groups.csv', 'criteria/criteria.csv', 'criteria/levels.csv', 'indicators.csv', 'programmes.csv', 'boundaries/provinces.topojson'];

/** The project files every dataset copies (path under the dataset folder → text); commune outlines only for `provinceSlugs` when given. */
export const copiedFiles = (projectRoot: string, provinceSlugs?: readonly string[]): Map<string, string> => {
  const data = join(projectRoot, 'data');
  const copied = new Map<string, string>();
  for (const rel of COPIED) copied.set(`data/${rel}`, readFileSync(join(data, rel), 'utf8'));
  // Commune outlines exist for a few provinces; copy those of the provinces generated (all when not said).
  const boundaries = join(data, 'boundaries');
  for (const f of existsSync(boundaries) ? readdirSync(boundaries).sort() : []) {
    const m = /^communes-(\d{2}-[a-z0-9-]+)\.topojson$/.exec(f);
    if (m && (!provinceSlugs || provinceSlugs.includes(m[1]!))) copied.set(`data/boundaries/${f}`, readFileSync(join(boundaries, f), 'utf8'));
  }
  return copied;
};

/** Reads the generator's inputs: `sourceDir` holds the admin-units reference data, `projectRoot` the portal. */
export const readInputs = (projectRoot: string, sourceDir: string, provinceSlugs?: readonly string[]): DatasetInputs => ({
  sources: loadSources(sourceDir),
  sets: readSets(join(projectRoot, 'data')),
  copied: copiedFiles(projectRoot, provinceSlugs),
});

/** Replaces `dir`/data and `dir`/content with the dataset's files. */
export const writeDataset = (dir: string, files: ReadonlyMap<string, string>): void => {
  for (const sub of ['data', 'content']) rmSync(join(dir, sub), { recursive: true, force: true });
  const made = new Set<string>();
  for (const [rel, text] of files) {
    const path = join(dir, rel);
    const parent = dirname(path);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(path, text);
  }
};
