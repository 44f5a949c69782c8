/**
 * Where the build reads data/ and content/ from: the project folder, unless NTM_DATA_ROOT names
 * another folder holding the same two. `npm run bench` uses it to build a generated national-scale
 * dataset with this very code; everything that reads data or content asks here, so the variable is
 * read in one place.
 */
import { resolve } from 'node:path';

/** The folder holding data/ and content/: NTM_DATA_ROOT (absolute), else `projectRoot` unchanged. */
export const dataRoot = (projectRoot: string): string => {
  const override = process.env.NTM_DATA_ROOT?.trim();
  return override ? resolve(override) : projectRoot;
};
