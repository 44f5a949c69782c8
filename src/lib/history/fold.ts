/**
 * The data's change history, built by folding commits (oldest first) into one state: when each file,
 * each row and each administrative unit's data last changed, and what each commit added, changed or
 * removed. A pure function of the commits, so a history built in one pass equals one built from a
 * saved state plus the newer commits (the build's cache relies on it).
 */
import { datasetForPath } from '../../schemas/datasets.ts';
import { classifyRows, contentCells, rowContent, type Action } from './classify.ts';
import { csvDiff, rowKey, type Cells } from './csv-diff.ts';
import type { FileDiff, RawCommit } from './git-log.ts';

/** Bump when the state's shape or meaning changes: saved states of other versions are rebuilt. */
export const HISTORY_VERSION = 1;

/** What a commit changed is kept for its first ITEM_CAP items; the counts cover all of them. */
export const ITEM_CAP = 50;

/** A commit that changed data. */
export interface CommitInfo {
  hash: string;
  /** Committer date (when it landed on the published branch), ISO 8601 with offset. */
  date: string;
  subject: string;
  body: string;
}

/**
 * What a commit did to one thing: a directive, news or campaign entry (kind = its collection, key =
 * its id), a row of a dataset (kind = the dataset, key = its unique columns joined by "|"), a
 * commune's assessment for one year (kind "assessments", key "unit|year", `rows` criteria rows), or a
 * file read only as a whole (kind "file", key = its path).
 */
export interface ChangeItem {
  kind: string;
  action: Action;
  key: string;
  /** How many rows the item stands for, when more than one. */
  rows?: number;
  /** The row's cells (after the change, before it when removed) or an entry's front-matter hints. */
  fields?: Cells;
}

export type ActionCounts = Record<Action, number>;

/** One commit's changes: its index in `commits`, the first ITEM_CAP items, and counts by kind. */
export interface CommitChanges {
  commit: number;
  items: ChangeItem[];
  total: number;
  counts: Record<string, ActionCounts>;
}

/** The folded history. Marks are indexes into `commits`. */
export interface HistoryState {
  version: number;
  /** The last commit folded in (the published branch's head when built). */
  head: string | undefined;
  commits: CommitInfo[];
  /** Columns of each CSV file, as of `head`. */
  headers: Map<string, string[]>;
  /** Last commit that touched each file (also files since deleted). */
  files: Map<string, number>;
  /** Last commit that added, changed or removed each row: "dataset|key" (assessments are kept by unit, below). */
  rows: Map<string, number>;
  /**
   * Last change of each administrative unit's own data: "code@date" (a unit row resolved at that
   * date: assessments, recognitions) or "code:valid_from" (the unit's own row, its unitId).
   */
  units: Map<string, number>;
  changes: CommitChanges[];
}

export const emptyHistory = (): HistoryState => ({
  version: HISTORY_VERSION,
  head: undefined,
  commits: [],
  headers: new Map(),
  files: new Map(),
  rows: new Map(),
  units: new Map(),
  changes: [],
});

/** The Markdown collections under content/, in the order /thay-doi/ lists them. */
export const ENTRY_KINDS = ['directives', 'news', 'campaigns'] as const;

/** Order of kinds within a commit's list: documents first, then results, then reference tables. */
export const KIND_ORDER = [
  ...ENTRY_KINDS,
  'assessments',
  'recognitions',
  'figures',
  'disbursements',
  'units',
  'lineage',
  'criteriaSets',
  'criteriaGroups',
  'criteria',
  'levels',
  'indicators',
  'programmes',
  'file',
];
const ACTION_ORDER: Action[] = ['added', 'changed', 'removed'];

const ENTRY = /^content\/(directives|news|campaigns)\/([^/]+)\.md$/;
const HINT = /^(number|issuer|title|name|subject):\s*(.*?)\s*$/;

/** A few front-matter fields from an entry's diff lines, to name an entry that no longer exists. */
export const frontMatterHints = (lines: readonly string[]): Cells => {
  const out: Cells = {};
  for (const line of lines) {
    const m = HINT.exec(line);
    if (!m || out[m[1]!] !== undefined) continue;
    const v = m[2]!.replace(/^(["'])(.*)\1$/, '$2');
    if (v && v !== '>-' && v !== '|') out[m[1]!] = v;
  }
  return out;
};

const pick = (cells: Cells, names: readonly string[]): Cells => {
  const out: Cells = {};
  for (const n of names) if (cells[n] !== undefined) out[n] = cells[n]!;
  return out;
};

const fileAction = (d: FileDiff): Action => (d.status === 'added' ? 'added' : d.status === 'deleted' ? 'removed' : 'changed');

const yearEnd = (year: string | undefined) => (year ? `${year}-12-31` : undefined);

/** The unit a row's data belongs to, resolved the way the site resolves it (see portal.ts, group-assessments.ts). */
export const unitSubject = (dataset: string, cells: Cells): string | undefined => {
  if (dataset === 'units') return cells.code ? `${cells.code}:${cells.valid_from ?? '-'}` : undefined;
  if (dataset !== 'assessments' && dataset !== 'recognitions') return undefined;
  const [code, at] = (cells.unit ?? '').split('@');
  const date = at ?? (dataset === 'assessments' ? cells.as_of : cells.decision_date) ?? yearEnd(cells.year);
  return code && date ? `${code}@${date}` : undefined;
};

const compareItems = (a: ChangeItem, b: ChangeItem): number =>
  KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
  ACTION_ORDER.indexOf(a.action) - ACTION_ORDER.indexOf(b.action) ||
  (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

const splitMessage = (message: string): { subject: string; body: string } => {
  const [subject = '', ...rest] = message.split('\n');
  return { subject: subject.trim(), body: rest.join('\n').trim() };
};

/** Folds one commit into a state file by file: `file` for each file's diff as git gives it, then `end`. */
export interface CommitFold {
  file(diff: FileDiff): void;
  end(): void;
}

/** Starts folding a commit into `state` (in place). Commits must come oldest first, along one line of history. */
export function beginCommit(state: HistoryState, header: Omit<RawCommit, 'files'>): CommitFold {
  const index = state.commits.push({ hash: header.hash, date: header.date, ...splitMessage(header.message) }) - 1;
  state.head = header.hash;
  const items: ChangeItem[] = [];
  // Rows by dataset over all the commit's files, as key → content: a row moved between files is matched by key.
  const sides = new Map<string, { unique: string[]; removed: Map<string, string>; added: Map<string, string> }>();

  const file = (diff: FileDiff) => {
    state.files.set(diff.path, index);
    const entry = ENTRY.exec(diff.path);
    if (entry) {
      const lines = diff.hunks.flatMap((h) => (diff.status === 'deleted' ? h.removed : h.added));
      items.push({ kind: entry[1]!, action: fileAction(diff), key: entry[2]!, fields: frontMatterHints(lines) });
      return;
    }
    if (!diff.path.startsWith('data/') || !diff.path.endsWith('.csv')) return;
    const read = csvDiff(diff, state.headers.get(diff.path));
    if (read.header) state.headers.set(diff.path, read.header);
    else state.headers.delete(diff.path);
    const dataset = datasetForPath(diff.path.slice('data/'.length));
    let unkeyed = read.unreadable;
    if (dataset) {
      const side = sides.get(dataset.key) ?? { unique: dataset.unique, removed: new Map(), added: new Map() };
      sides.set(dataset.key, side);
      for (const [rows, into] of [[read.removed, side.removed], [read.added, side.added]] as const)
        for (const cells of rows) {
          const key = rowKey(dataset.unique, cells);
          if (key === undefined) unkeyed++;
          else into.set(key, rowContent(cells));
        }
    }
    // A table the registry does not know, or lines that cannot be read as rows: the file changed.
    if (!dataset || unkeyed > 0) items.push({ kind: 'file', action: fileAction(diff), key: diff.path });
  };

  const end = () => {
    for (const [dataset, side] of sides) {
      const events = classifyRows(side.removed, side.added);
      sides.delete(dataset);
      const groups = new Map<string, ChangeItem>();
      for (const e of events) {
        const cells = contentCells(e.content);
        const unit = unitSubject(dataset, cells);
        if (unit) state.units.set(unit, index);
        if (dataset !== 'assessments') {
          state.rows.set(`${dataset}|${e.key}`, index);
          items.push({ kind: dataset, action: e.action, key: e.key, fields: cells });
          continue;
        }
        // One item per commune and year: its criteria rows change together.
        const key = `${cells.unit ?? ''}|${cells.year ?? ''}`;
        const g = groups.get(key);
        if (!g) groups.set(key, { kind: dataset, action: e.action, key, rows: 1, fields: pick(cells, ['unit', 'year', 'as_of', 'set']) });
        else {
          g.rows = (g.rows ?? 1) + 1;
          if (g.action !== e.action) g.action = 'changed';
        }
      }
      items.push(...groups.values());
    }
    if (items.length === 0) return;
    items.sort(compareItems);
    const counts: Record<string, ActionCounts> = {};
    for (const it of items) (counts[it.kind] ??= { added: 0, changed: 0, removed: 0 })[it.action]++;
    state.changes.push({ commit: index, items: items.slice(0, ITEM_CAP), total: items.length, counts });
  };

  return { file, end };
}

/** Folds a whole commit into `state` (in place). */
export function applyCommit(state: HistoryState, commit: RawCommit): void {
  const fold = beginCommit(state, commit);
  for (const diff of commit.files) fold.file(diff);
  fold.end();
}

/** The state as JSON-friendly data (Maps as entry lists). */
export interface SavedHistory {
  version: number;
  head: string | undefined;
  commits: CommitInfo[];
  headers: [string, string[]][];
  files: [string, number][];
  rows: [string, number][];
  units: [string, number][];
  changes: CommitChanges[];
}

export const saveHistory = (s: HistoryState): SavedHistory => ({
  version: s.version,
  head: s.head,
  commits: s.commits,
  headers: [...s.headers],
  files: [...s.files],
  rows: [...s.rows],
  units: [...s.units],
  changes: s.changes,
});

/** The state back from saved data, or undefined when it was saved by another version. */
export const loadHistory = (saved: SavedHistory): HistoryState | undefined =>
  saved.version !== HISTORY_VERSION
    ? undefined
    : {
        version: saved.version,
        head: saved.head,
        commits: saved.commits,
        headers: new Map(saved.headers),
        files: new Map(saved.files),
        rows: new Map(saved.rows),
        units: new Map(saved.units),
        changes: saved.changes,
      };
