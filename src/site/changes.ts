/**
 * The data's change history as pages use it, read once per build: when each directive, news entry,
 * unit and figure last changed (a note with its day, commit and history link), and the list of
 * recent changes for /thay-doi/ and its feed, named from the portal's data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../i18n/vi.ts';
import { atomFeed, newestUpdated } from '../lib/feeds/atom.ts';
import { UNKNOWN_INSTANT } from '../lib/feeds/timestamp.ts';
import { headerColumns, cellsByColumn } from '../lib/history/csv-line.ts';
import { rowKey } from '../lib/history/csv-diff.ts';
import { describeChanges, type ChangeEntry, type ChangeLookups, type Named } from '../lib/history/describe.ts';
import { changeNote, newer, type ChangeNote } from '../lib/history/note.ts';
import type { RepositoryLinks } from '../lib/history/repository.ts';
import { unitId } from '../lib/units/unit-index.ts';
import { unitFullName, unitPath } from '../lib/units/unit-path.ts';
import { DATASETS, datasetForPath } from '../schemas/datasets.ts';
import { NATION } from '../schemas/refs.ts';
import { readDataHistory, type DataHistory } from './git-history.ts';
import { absoluteUrl, campaignPath, directivePath, newsPath } from './paths.ts';
import { portal, type Portal, type Unit } from './portal.ts';
import { repository } from './repository.ts';
import { scopeName } from './scopes.ts';
import { titleOf } from './titles.ts';
import { formatInteger } from '../lib/format/number.ts';
import { communesUnder } from './unit-view.ts';

/** The page of recent changes and its feed. */
export const CHANGES_PATH = '/thay-doi/';
export const CHANGES_FEED_PATH = '/thay-doi/atom.xml';
/** Commits a page of /thay-doi/ lists. */
export const CHANGES_PAGE_SIZE = 20;
/** Commits /thay-doi/ keeps over all its pages; older ones are in the repository's own history. */
export const CHANGES_MAX = 200;
/** Commits in the feed. */
export const CHANGES_FEED_SIZE = 50;

/** Path of page `n` of /thay-doi/. */
export const changesPagePath = (n: number): string => (n > 1 ? `${CHANGES_PATH}trang/${n}/` : CHANGES_PATH);

export interface SiteHistory {
  history: DataHistory;
  repo: RepositoryLinks | undefined;
  /** The list /thay-doi/ shows, newest first (at most CHANGES_MAX). */
  changes: ChangeEntry[];
  /** Last change of a file (path from the project root, e.g. "data/figures/x.csv"). */
  fileNote(path: string, historyPath?: string): ChangeNote;
  /** "cập nhật 26/01/2024" for a data file, for short lists such as /du-lieu/. */
  fileChangedText(path: string): string;
  directiveNote(id: string): ChangeNote;
  /** Last change of a unit's own data (its row, assessments, recognitions); for a province or district, with its communes'. */
  unitNote(unit: Unit): ChangeNote;
  /** Last change of the CSV row now at `line` of `file`. */
  rowNote(file: string, line: number): ChangeNote;
}

const lookupsOf = (p: Portal): ChangeLookups => {
  const unitNamed = (u: Unit | undefined): Named | undefined =>
    u && { name: `${unitFullName(u)}${u.valid_to ? ` (${t('unit.former')})` : ''}`, path: unitPath(u) };
  const levels = new Map(p.levels.map((l) => [`${l.set}/${l.level}`, l.name]));
  const datasets = new Set<string>(DATASETS.map((d) => d.key));
  return {
    entry: (kind, id) => {
      if (kind === 'directives') {
        const d = p.directiveById.get(id);
        return d && { name: `${titleOf(d.data)}, ${d.data.issuer}`, path: directivePath(id) };
      }
      if (kind === 'news') {
        const n = p.newsById.get(id);
        return n && { name: n.data.title, path: newsPath(id) };
      }
      const c = p.campaigns.find((x) => x.id === id);
      return c && { name: c.data.name, path: campaignPath(id) };
    },
    unitAt: (code, date) => unitNamed(p.unitIndex.at(code, date)),
    unitById: (id) => unitNamed(p.unitIndex.byId(id)),
    indicator: (k) => p.indicators.get(k)?.name,
    programme: (k) => p.programmes.get(k)?.name,
    level: (set, level) => levels.get(`${set}/${level}`),
    scope: (cell, period) => {
      if (cell === NATION) return t('results.nation');
      const [code = cell, at] = cell.split('@');
      return scopeName(p, { code, ...(at ? { at } : {}) }, period);
    },
    // Figures and disbursements appear on many results pages; the dataset's section on /du-lieu/ is their one home.
    tablePath: (dataset) => (datasets.has(dataset) ? `/du-lieu/#${dataset}` : undefined),
  };
};

/** Each unit's last change, from the marks kept by "code@date" (resolved here, as the site resolves rows) and by unitId. */
const unitMarks = (p: Portal, marks: ReadonlyMap<string, number>): Map<string, number> => {
  const out = new Map<string, number>();
  for (const [subject, index] of marks) {
    const at = subject.indexOf('@');
    const id = at === -1 ? subject : (() => {
      const u = p.unitIndex.at(subject.slice(0, at), subject.slice(at + 1));
      return u && unitId(u);
    })();
    if (id) out.set(id, newer(out.get(id), index)!);
  }
  return out;
};

/** The current text of CSV files, read once each, for finding a row's key from its line. */
const rowKeys = (root: string) => {
  const files = new Map<string, { header: string[]; lines: string[] } | undefined>();
  return (file: string, line: number): string | undefined => {
    if (!files.has(file)) {
      try {
        const lines = readFileSync(join(root, file), 'utf8').split('\n');
        files.set(file, { header: headerColumns(lines[0] ?? ''), lines });
      } catch {
        files.set(file, undefined);
      }
    }
    const f = files.get(file);
    const dataset = datasetForPath(file.replace(/^data\//, ''));
    const cells = f && f.lines[line - 1] !== undefined ? cellsByColumn(f.header, f.lines[line - 1]!) : undefined;
    const key = dataset && cells && rowKey(dataset.unique, cells);
    return key && `${dataset.key}|${key}`;
  };
};

const load = async (): Promise<SiteHistory> => {
  const root = process.cwd();
  const started = performance.now();
  const history = await readDataHistory(root);
  const { state, status } = history;
  console.log(
    `[history] ${status}${status === 'ok' ? `, ${state.commits.length} data commits (${history.source}, ${history.read} read from git)` : ''} in ${Math.round(performance.now() - started)} ms`,
  );
  const p = await portal();
  const repo = repository();
  // History links are pinned to the commit of the change shown, not to HEAD: a page's output then
  // changes only when its data does, and the link still lists every change up to the one shown.
  const commitAt = (i: number | undefined) => (i === undefined ? undefined : state.commits[i]);
  const note = (mark: number | undefined, path: string | undefined): ChangeNote => {
    const commit = commitAt(mark);
    return changeNote(commit, status, {
      ...(repo ? { commit: repo.commit } : {}),
      ...(repo && commit && path ? { history: repo.history(path, commit.hash) } : {}),
    });
  };
  const units = unitMarks(p, state.units);
  const keyAt = rowKeys(root);
  const assessmentFolder = (u: Unit): string | undefined => {
    const file = p.assessmentsByUnit.get(unitId(u))?.[0]?.results[0]?.file;
    return file?.slice(0, file.lastIndexOf('/'));
  };
  return {
    history,
    repo,
    changes: describeChanges(state, lookupsOf(p), { limit: CHANGES_MAX, ...(repo ? { commitUrl: repo.commit } : {}) }),
    fileNote: (path, historyPath = path) => note(state.files.get(path), historyPath),
    fileChangedText: (path) => {
      const day = changeNote(commitAt(state.files.get(path)), status).day;
      return day ? t('history.fileChanged', { date: day }) : t('history.fileUnknown');
    },
    directiveNote: (id) => {
      const path = `content/directives/${id}.md`;
      return note(state.files.get(path), path);
    },
    unitNote: (unit) => {
      const group = unit.level === 'commune' ? [unit] : [unit, ...communesUnder(p, unit)];
      const mark = group.reduce<number | undefined>((m, u) => newer(m, units.get(unitId(u))), undefined);
      const folder = group.map(assessmentFolder).find(Boolean) ?? (unit as Unit & { _file?: string })._file;
      return note(mark, folder);
    },
    rowNote: (file, line) => {
      const key = keyAt(file, line);
      return note(key === undefined ? undefined : state.rows.get(key), file);
    },
  };
};

let cache: Promise<SiteHistory> | undefined;
/** The history, read on first use and shared by every page of the build. */
export const siteHistory = (): Promise<SiteHistory> => (cache ??= load());

/** The Atom feed of the newest changes: one entry per commit, dated by the commit (never by the build). */
export const changesFeed = (h: SiteHistory): string => {
  const page = absoluteUrl(CHANGES_PATH);
  const self = absoluteUrl(CHANGES_FEED_PATH);
  const entries = h.changes.slice(0, CHANGES_FEED_SIZE).map((c, i) => {
    // The commit is listed on the page of /thay-doi/ its place falls on.
    const listed = `${absoluteUrl(changesPagePath(Math.floor(i / CHANGES_PAGE_SIZE) + 1))}#c-${c.short}`;
    const lines = c.groups.flatMap((g) => g.lines.map((l) => `${g.heading}: ${l.label} (${l.detail})`));
    if (c.more > 0) lines.push(t('changes.more', { count: formatInteger(c.more) }));
    return {
      // A commit's hash names it for good, whichever page lists it.
      id: `urn:sha1:${c.hash}`,
      title: c.subject || c.short,
      link: c.commitUrl ?? listed,
      updated: c.date,
      summary: [c.summary, c.body, lines.join('\n')].filter(Boolean).join('\n\n'),
    };
  });
  return atomFeed({
    id: self,
    title: t('changes.feed', { site: t('site.name') }),
    subtitle: t('changes.lead'),
    link: page,
    self,
    updated: newestUpdated(entries, UNKNOWN_INSTANT),
    authors: [{ name: t('site.name'), uri: absoluteUrl('/') }],
    rights: t('feed.rights'),
    lang: 'vi',
    entries,
  });
};
