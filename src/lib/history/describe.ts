/**
 * What /thay-doi/ and its feed show for each commit: the day, the message, a one-line summary
 * ("Thêm 2 văn bản; sửa 3 kết quả đánh giá tiêu chí") and each changed thing by its human name with
 * a link to the page that shows it. Names come from the data through `ChangeLookups`, so this stays
 * pure; for things that no longer exist, from the cells or front matter the commit removed.
 */
import { t, type UiKey } from '../../i18n/vi.ts';
import { formatDate, formatPartialDate } from '../format/date.ts';
import { formatInteger } from '../format/number.ts';
import { parsePartialDate } from '../dates/partial-date.ts';
import { dayBefore } from '../units/unit-index.ts';
import { unitFullName } from '../units/unit-path.ts';
import type { Action } from './classify.ts';
import type { Cells } from './csv-diff.ts';
import { formatCommitDay, shortHash } from './dates.ts';
import { ENTRY_KINDS, KIND_ORDER, unitSubject, type ChangeItem, type CommitChanges, type HistoryState } from './fold.ts';

/** A name with the page that shows it (a root-relative path), when there is one. */
export interface Named {
  name: string;
  path?: string;
}

/** How the site names things; each returns undefined when the data no longer has the thing. */
export interface ChangeLookups {
  entry(kind: (typeof ENTRY_KINDS)[number], id: string): Named | undefined;
  /** The unit with this code in force on the ISO day `date`. */
  unitAt(code: string, date: string): Named | undefined;
  /** The unit with this unitId ("code:valid_from"). */
  unitById(id: string): Named | undefined;
  indicator(key: string): string | undefined;
  programme(key: string): string | undefined;
  level(set: string, level: string): string | undefined;
  /** The name of a figure's scope cell ("VN", a code, "code@date") at the figure's period. */
  scope(cell: string, period: string): string;
  /** The page listing a dataset's rows, if any. */
  tablePath(dataset: string): string | undefined;
}

export interface ChangeLine {
  kind: string;
  label: string;
  path?: string;
  /** What it is ("văn bản", "số liệu kết quả"), or for an assessment, whose label says so, how many criteria rows changed. */
  detail: string;
}

export interface ChangeGroup {
  action: Action;
  heading: string;
  lines: ChangeLine[];
}

export interface ChangeEntry {
  hash: string;
  short: string;
  /** The commit's instant (ISO 8601), for <time> and the feed. */
  date: string;
  /** "26/01/2024" in Vietnam. */
  day: string;
  subject: string;
  body: string;
  /** "Thêm 2 văn bản; sửa 1 số liệu kết quả". */
  summary: string;
  groups: ChangeGroup[];
  /** Changed things not listed (beyond the commit's kept items). */
  more: number;
  commitUrl?: string;
}

const ACTIONS: Action[] = ['added', 'changed', 'removed'];
const kindLabel = (kind: string): string => (KIND_ORDER.includes(kind) ? t(`changes.kind.${kind}` as UiKey) : kind);

/** "Thêm 2 văn bản, 1 tin; sửa 3 kết quả đánh giá tiêu chí". */
export const changeSummary = (counts: CommitChanges['counts']): string =>
  ACTIONS.flatMap((action) => {
    const parts = KIND_ORDER.flatMap((kind) => {
      const n = counts[kind]?.[action] ?? 0;
      return n > 0 ? [`${formatInteger(n)} ${kindLabel(kind)}`] : [];
    });
    return parts.length ? [`${t(`changes.action.${action}`)} ${parts.join(', ')}`] : [];
  })
    .map((part, i) => (i === 0 ? part : part.charAt(0).toLocaleLowerCase('vi') + part.slice(1)))
    .join('; ');

const unitName = (l: ChangeLookups, subject: string | undefined, code: string): Named => {
  const [c, date] = (subject ?? '').split('@');
  return (c && date && l.unitAt(c, date)) || { name: t('changes.unitCode', { code: code.split('@')[0] ?? code }) };
};

const period = (value: string): string => {
  const d = parsePartialDate(value);
  return d ? formatPartialDate(d) : value;
};

const fullDate = (value: string | undefined): string => {
  try {
    return value ? formatDate(value) : '';
  } catch {
    return value ?? '';
  }
};

const entryHint = (kind: string, f: Cells): string | undefined =>
  kind === 'directives' ? [f.number, f.issuer].filter(Boolean).join(', ') || undefined : kind === 'news' ? f.title : f.name;

/** The line for one changed thing. */
export function describeItem(item: ChangeItem, l: ChangeLookups): ChangeLine {
  const f = item.fields ?? {};
  const kind = item.kind;
  const line = (label: string, path?: string, detail = kindLabel(kind)): ChangeLine => ({ kind, label, ...(path ? { path } : {}), detail });
  if ((ENTRY_KINDS as readonly string[]).includes(kind)) {
    const found = l.entry(kind as (typeof ENTRY_KINDS)[number], item.key);
    return line(found?.name ?? entryHint(kind, f) ?? item.key, found?.path);
  }
  switch (kind) {
    case 'assessments': {
      const u = unitName(l, unitSubject(kind, f), f.unit ?? '');
      const rows = item.rows ?? 1;
      return line(t('changes.assessment', { unit: u.name, year: f.year ?? '' }), u.path, t('changes.criteriaRows', { count: formatInteger(rows) }));
    }
    case 'recognitions': {
      const u = unitName(l, unitSubject(kind, f), f.unit ?? '');
      return line(t('changes.recognition', { unit: u.name, level: l.level(f.set ?? '', f.level ?? '') ?? f.level ?? '', year: f.year ?? '' }), u.path);
    }
    case 'figures':
      return line(
        t('changes.figure', { indicator: l.indicator(f.indicator ?? '') ?? f.indicator ?? '', scope: l.scope(f.scope ?? '', f.period ?? ''), period: period(f.period ?? '') }),
        l.tablePath(kind),
      );
    case 'disbursements':
      return line(
        t('changes.disbursement', { programme: l.programme(f.programme ?? '') ?? f.programme ?? '', scope: l.scope(f.scope ?? '', f.year ?? ''), year: f.year ?? '' }),
        l.tablePath(kind),
      );
    case 'units': {
      const u = l.unitById(unitSubject(kind, f) ?? '');
      return line(f.kind && f.name ? unitFullName({ kind: f.kind, name: f.name }) : (u?.name ?? t('changes.unitCode', { code: f.code ?? item.key })), u?.path);
    }
    case 'lineage': {
      const date = f.date ?? '';
      const older = date ? l.unitAt(f.old_code ?? '', dayBefore(date)) : undefined;
      const newer = date ? l.unitAt(f.new_code ?? '', date) : undefined;
      const name = (u: Named | undefined, code: string | undefined) => u?.name ?? t('changes.unitCode', { code: code ?? '' });
      return line(t('changes.lineage', { old: name(older, f.old_code), new: name(newer, f.new_code), date: fullDate(date) }), newer?.path);
    }
    case 'criteriaGroups':
      return line(`${f.group ?? ''}. ${f.name ?? ''} (${f.set ?? ''})`, l.tablePath(kind));
    case 'criteria':
      return line(`${f.number ?? ''}. ${f.name ?? ''} (${f.set ?? ''})`, l.tablePath(kind));
    case 'file':
      return line(t('changes.file', { path: item.key }));
    default:
      return line(f.name ?? item.key, l.tablePath(kind));
  }
}

/** The newest `limit` commits that changed data, newest first, as /thay-doi/ and the feed show them. */
export function describeChanges(state: HistoryState, l: ChangeLookups, opts: { limit: number; commitUrl?: (hash: string) => string }): ChangeEntry[] {
  return state.changes
    .slice(-opts.limit)
    .reverse()
    .map((c) => {
      const commit = state.commits[c.commit]!;
      const groups = ACTIONS.flatMap((action) => {
        const lines = c.items.filter((i) => i.action === action).map((i) => describeItem(i, l));
        return lines.length ? [{ action, heading: t(`changes.action.${action}`), lines }] : [];
      });
      return {
        hash: commit.hash,
        short: shortHash(commit.hash),
        date: commit.date,
        day: formatCommitDay(commit.date),
        subject: commit.subject,
        body: commit.body,
        summary: changeSummary(c.counts),
        groups,
        more: c.total - c.items.length,
        ...(opts.commitUrl ? { commitUrl: opts.commitUrl(commit.hash) } : {}),
      };
    });
}
