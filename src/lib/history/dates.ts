/**
 * Commit dates as readers see them: the day in Vietnam (UTC+7, no daylight saving), whatever the
 * committer's offset or the build machine's time zone, so the same commit always shows the same day.
 */
import { formatDate } from '../format/date.ts';

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** The ISO day in Vietnam of an ISO 8601 instant ("2024-01-01T20:00:00Z" → "2024-01-02"). */
export const vietnamDay = (instant: string): string => {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO 8601 instant: ${JSON.stringify(instant)}`);
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
};

/** "26/01/2024": the Vietnamese day of a commit date. */
export const formatCommitDay = (instant: string): string => formatDate(vietnamDay(instant));

/** The short hash readers see (git's default abbreviation length). */
export const shortHash = (hash: string): string => hash.slice(0, 7);
