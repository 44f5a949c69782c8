/** Reads and checks every data file: schema errors first, then the cross-file rules. */
import { readDataset, type RawDataset } from '../../loaders/read-dataset.ts';
import { checkCrossRefs } from './cross-refs.ts';
import { sortIssues, type DataIssue } from './issue.ts';

/** The dataset and every issue found in it, sorted by file and line. */
export interface ValidationResult {
  raw: RawDataset;
  issues: DataIssue[];
}

/** Today as YYYY-MM-DD, the upper bound for document dates. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** Validates the project at `root`. */
export const validateDataset = (root: string, today: string = todayIso()): ValidationResult => {
  const raw = readDataset(root);
  // Cross-file rules only make sense once every file parsed; they still run so all errors show at once.
  const issues = [...raw.issues, ...checkCrossRefs(raw, today)];
  return { raw, issues: sortIssues(issues) };
};
