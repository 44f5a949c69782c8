/**
 * The administrative units of a generated dataset: real units, derived exactly as
 * `npm run derive-units` derives them (scripts/derive-units/), from the reference data in
 * ../shared/data/admin-units, for the provinces of the chosen scale. Only the data that hangs off
 * them (assessments, documents, news) is invented.
 */
import { lineageRow, unitRow, type LineageRow } from '../../src/schemas/unit.ts';
import { toCsv } from '../derive-units/csv.ts';
import { LINEAGE_COLUMNS } from '../derive-units/lineage.ts';
import { deriveProvince } from '../derive-units/province.ts';
import { KNOWN_PROVINCES } from '../derive-units/resolutions.ts';
import { indexSources } from '../derive-units/source-index.ts';
import type { Sources } from '../derive-units/sources.ts';
import { UNIT_COLUMNS } from '../derive-units/units.ts';
import type { DemoUnit } from '../demo-assessments/inputs.ts';
import { ALL_PROVINCES } from './scale.ts';

/** A current province of the dataset: code, name and file stem ("12-lai-chau"). */
export interface Province {
  code: string;
  name: string;
  slug: string;
}

/** Units and lineage of the dataset, typed, and their CSV files (path under data/ → text). */
export interface DatasetUnits {
  provinces: Province[];
  /** Every unit, with the folder (current province file stem) of the file that lists it. */
  units: DemoUnit[];
  lineage: LineageRow[];
  files: Map<string, string>;
}

/** The province codes of a scale: its list, or every current province. */
export const provinceCodes = (list: readonly string[] | typeof ALL_PROVINCES): string[] =>
  list === ALL_PROVINCES ? [...KNOWN_PROVINCES] : [...list];

/** Derives the units and lineage of `codes`; throws when the derivation reports a problem. */
export const datasetUnits = (sources: Sources, codes: readonly string[]): DatasetUnits => {
  const ix = indexSources(sources);
  const out: DatasetUnits = { provinces: [], units: [], lineage: [], files: new Map() };
  for (const code of codes) {
    const r = deriveProvince(ix, code);
    if (r.problems.length > 0) throw new Error(`units of ${code}: ${r.problems.join('; ')}`);
    out.provinces.push({ code: r.code, name: r.name, slug: r.slug });
    out.units.push(...r.units.map((cells) => ({ ...unitRow.parse(cells), folder: r.slug })));
    out.lineage.push(...r.lineage.map((cells) => lineageRow.parse(cells)));
    out.files.set(`units/${r.slug}.csv`, toCsv(r.units, UNIT_COLUMNS));
    out.files.set(`lineage/${r.slug}.csv`, toCsv(r.lineage, LINEAGE_COLUMNS));
  }
  return out;
};
