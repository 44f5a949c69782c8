/** What the generator reads from data/: units (with the folder of their file), lineage, criteria sets, recognitions. */
import type { RecognitionRow } from '../../src/schemas/assessment.ts';
import type { LineageRow, UnitRow } from '../../src/schemas/unit.ts';

/** A unit with the folder (current province, "86-vinh-long") of the units file that lists it. */
export interface DemoUnit extends UnitRow {
  folder: string;
}

/** A criteria set reduced to what the generator needs. */
export interface CriteriaSet {
  set: string;
  appliesFrom: string;
  appliesTo: string;
  /** Criterion numbers, ascending, as listed in data/criteria/criteria.csv. */
  numbers: number[];
}

/** Everything the generator reads from data/. */
export interface Inputs {
  units: DemoUnit[];
  lineage: LineageRow[];
  sets: CriteriaSet[];
  recognitions: RecognitionRow[];
}
