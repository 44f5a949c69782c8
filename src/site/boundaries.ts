/**
 * The outlines in data/boundaries/ (written by scripts/derive-units.ts), read once per build and
 * projected once per map: the provinces of the country, and the communes of each province that has
 * a file. A plain module rather than a content collection: the files are generated, not edited, and
 * only the map components read them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectLayer, type MapTopology, type ProjectedMap } from '../lib/maps/project.ts';
import { dataRoot } from '../loaders/data-root.ts';

/** The folder, under the project root (where the build and the tests run) or NTM_DATA_ROOT. */
export const BOUNDARIES_DIR = join(dataRoot(process.cwd()), 'data', 'boundaries');

/** Layer names in the files (see data/units/README.md). */
export const PROVINCES_LAYER = 'provinces';
export const COMMUNES_LAYER = 'communes';

const COMMUNES_FILE = /^communes-(\d{2})-[a-z0-9-]+\.topojson$/;

const read = (file: string): MapTopology => JSON.parse(readFileSync(join(BOUNDARIES_DIR, file), 'utf8')) as MapTopology;

/** Commune outline files by current province code ("86" → "communes-86-vinh-long.topojson"). */
export const communeFiles = (dir = BOUNDARIES_DIR): Map<string, string> => {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const f of readdirSync(dir).sort()) {
    const m = COMMUNES_FILE.exec(f);
    if (m) files.set(m[1]!, f);
  }
  return files;
};

let files: Map<string, string> | undefined;
const projected = new Map<string, ProjectedMap | undefined>();

const once = (key: string, make: () => ProjectedMap | undefined): ProjectedMap | undefined => {
  if (!projected.has(key)) projected.set(key, make());
  return projected.get(key);
};

/** The communes of a current province, projected; undefined when it has no outline file. */
export const communesMap = (provinceCode: string): ProjectedMap | undefined =>
  once(`communes-${provinceCode}`, () => {
    const file = (files ??= communeFiles()).get(provinceCode);
    return file ? projectLayer(read(file), COMMUNES_LAYER) : undefined;
  });

/** The 34 provinces, projected; undefined when the file is missing. */
export const provincesMap = (): ProjectedMap | undefined =>
  once('provinces', () => (existsSync(join(BOUNDARIES_DIR, 'provinces.topojson')) ? projectLayer(read('provinces.topojson'), PROVINCES_LAYER) : undefined));
