/**
 * The open data: every CSV dataset whole (as CSV, the same columns as the source files, and as JSON),
 * the rows of each province's and district's units, assessments and recognitions, the data licence,
 * the dates each dataset covers and when it last changed, and the catalogue. Built once per build from
 * the data files themselves (src/site/raw-rows.ts), so a download is the repository's rows exactly.
 */
import { DATASETS, type DatasetKey } from '../schemas/datasets.ts';
import { dataDates, type DataDates } from '../lib/opendata/data-dates.ts';
import { unitId } from '../lib/units/unit-index.ts';
import { unitFullName } from '../lib/units/unit-path.ts';
import { dataFiles, type DataFile } from './data-files.ts';
import { datasetColumns, rawRowsOf, rowsAt, type RawRow, type RowRef } from './raw-rows.ts';
import { portal } from './portal.ts';
import { siteHistory } from './changes.ts';
import { buildDay } from '../lib/dates/build-day.ts';
import { vietnamDay } from '../lib/history/dates.ts';
import { results, type ResultScope } from './results.ts';
import { datasetDownloadPath, scopeDownloadPath } from './paths.ts';

/**
 * The licence of the data and texts written for the portal: the one place it is stated for the data
 * pages, downloads and catalogue. (README and the footer say the same; LICENSE covers the code.)
 */
export const DATA_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  /** The Vietnamese version of the licence deed, for readers. */
  deed: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
} as const;

/** Datasets offered per province and district. */
export const PER_SCOPE_DATASETS = ['units', 'assessments', 'recognitions'] as const satisfies readonly DatasetKey[];

/** The path segment of a dataset in download addresses: criteriaSets → criteria-sets. */
export const datasetSlug = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** When a dataset last changed, and what says so. */
export interface Modified {
  date: string;
  /** data: the latest day its rows speak of (a stand-in); history: the repository's last change to its files. */
  source: 'data' | 'history';
}

/**
 * When a dataset last changed: the repository's last change to any of its files (`changedDays`, as
 * YYYY-MM-DD), or, in a build without git history, the latest day its rows speak of.
 */
export const modifiedOf = (dates: DataDates, changedDays: readonly (string | undefined)[]): Modified | undefined => {
  const changed = changedDays.filter((d): d is string => !!d).sort().at(-1);
  if (changed) return { date: changed, source: 'history' };
  return dates.latestPast ? { date: dates.latestPast, source: 'data' } : undefined;
};

/** A whole dataset, ready to publish. */
export interface DatasetData {
  key: DatasetKey;
  slug: string;
  title: string;
  columns: string[];
  files: DataFile[];
  rows: RawRow[];
  dates: DataDates;
  modified?: Modified;
}

/** One scope's share of the per-scope datasets. */
export interface ScopeData {
  scope: ResultScope;
  files: { key: DatasetKey; slug: string; path: string; rows: RawRow[] }[];
}


let cache: Promise<{ datasets: DatasetData[]; scopes: ScopeData[] }> | undefined;

/** Datasets and per-scope rows, built on first use. */
export const openData = () =>
  (cache ??= (async () => {
    const [files, p, r, history] = await Promise.all([dataFiles(), portal(), results(), siteHistory()]);
    const datasets = DATASETS.map((d): DatasetData => {
      const own = files.filter((f) => f.dataset === d.key);
      const rows = own.flatMap((f) => [...rawRowsOf(`data/${f.path}`).values()]);
      const dates = dataDates(d.key, rows, buildDay());
      const changed = own.map((f) => {
        const instant = history.fileNote(`data/${f.path}`).datetime;
        return instant && vietnamDay(instant);
      });
      return { key: d.key, slug: datasetSlug(d.key), title: d.title, columns: datasetColumns(d.key), files: own, rows, dates, modified: modifiedOf(dates, changed) };
    });

    const scopes = r.ordered
      .filter((s) => s.unit)
      .map((scope): ScopeData => {
        const units = r.unitsOf(scope.key);
        const refs: Record<(typeof PER_SCOPE_DATASETS)[number], RowRef[]> = { units: [], assessments: [], recognitions: [] };
        for (const u of units) {
          refs.units.push({ file: u._file, line: u._line });
          for (const a of p.assessmentsByUnit.get(unitId(u)) ?? []) for (const x of a.results) refs.assessments.push({ file: x.file, line: x.line });
          for (const x of p.recognitionsByUnit.get(unitId(u)) ?? []) refs.recognitions.push({ file: x._file, line: x._line });
        }
        return {
          scope,
          files: PER_SCOPE_DATASETS.map((key) => ({ key, slug: datasetSlug(key), path: scopeDownloadPath(scope.slug, datasetSlug(key)), rows: rowsAt(refs[key]) })),
        };
      });
    return { datasets, scopes };
  })());

/** The current provinces the data covers, for the catalogue's spatial coverage. */
export const coveredProvinces = async (): Promise<{ name: string; code: string }[]> => {
  const p = await portal();
  return p.units.filter((u) => u.level === 'province' && !u.valid_to).map((u) => ({ name: unitFullName(u), code: u.code }));
};

/** Download paths of a whole dataset. */
export const datasetPaths = (d: { slug: string }) => ({ csv: datasetDownloadPath(d.slug, 'csv'), json: datasetDownloadPath(d.slug, 'json') });
