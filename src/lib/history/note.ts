/**
 * The "last changed" line shown under a directive, on a commune's page, beside a figure and a data
 * file: the day, the commit (linked when the repository is known) and a link to the history; or
 * "unknown" with the reason, when the build had no usable git history.
 */
import { t } from '../../i18n/vi.ts';
import { formatCommitDay, shortHash } from './dates.ts';
import type { CommitInfo } from './fold.ts';

/**
 * How the build read the history. ok: the whole history. no-git: git is not installed.
 * no-repository: not a git checkout (a tarball) or no commit yet. shallow: a shallow clone, whose
 * history is cut off, so every date would be wrong. error: git failed while reading.
 */
export type HistoryStatus = 'ok' | 'no-git' | 'no-repository' | 'shallow' | 'error';

export interface ChangeNote {
  /** "26/01/2024", or undefined when unknown. */
  day?: string;
  /** The commit's instant, for <time datetime>. */
  datetime?: string;
  /** Short hash of the commit. */
  short?: string;
  commitUrl?: string;
  /** The history of the file or folder behind the page, in the repository. */
  historyUrl?: string;
  /** Why the date is unknown. */
  reason?: string;
}

/** The note for a thing whose last change is `commit` (undefined: none found) in a history read with `status`. */
export const changeNote = (
  commit: CommitInfo | undefined,
  status: HistoryStatus,
  links: { commit?: (hash: string) => string; history?: string } = {},
): ChangeNote => {
  if (status !== 'ok' || !commit) return { reason: t(`history.reason.${status}`), historyUrl: status === 'ok' ? links.history : undefined };
  return {
    day: formatCommitDay(commit.date),
    datetime: commit.date,
    short: shortHash(commit.hash),
    commitUrl: links.commit?.(commit.hash),
    historyUrl: links.history,
  };
};

/** The newer of two commit marks (indexes grow with time along the published branch). */
export const newer = (a: number | undefined, b: number | undefined): number | undefined => (a === undefined ? b : b === undefined ? a : Math.max(a, b));
