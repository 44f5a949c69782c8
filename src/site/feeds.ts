/**
 * The site's Atom feeds: directives (the whole library, or one province's), news (all, or one
 * campaign's), newest 50 first; each entry links to its page.
 */
import { atomFeed, newestUpdated, type AtomEntry } from '../lib/feeds/atom.ts';
import { UNKNOWN_INSTANT, partialDateInstant, vietnamMidnight } from '../lib/feeds/timestamp.ts';
import { typeName } from '../lib/directives/title.ts';
import { t } from '../i18n/vi.ts';
import type { DirectiveEntry, NewsEntry } from './portal.ts';
import { titleOf } from './titles.ts';
import { absoluteUrl, directivePath, newsPath } from './paths.ts';

/** Readers keep what they have seen; 50 covers weeks of publishing without a heavy file. */
export const FEED_SIZE = 50;

const entryOf = (e: DirectiveEntry): AtomEntry => {
  const d = e.data;
  const url = absoluteUrl(directivePath(e.id));
  return {
    id: url,
    title: `${titleOf(d)}: ${d.subject}`,
    link: url,
    // A partial date counts from its first day (see partialDateInstant). A blank date falls back to the
    // day the portal read the source, else to the epoch: fixed values, so a rebuild writes the same feed.
    updated: partialDateInstant(d.date, d.retrieved ? vietnamMidnight(d.retrieved) : UNKNOWN_INSTANT),
    summary: d.summary,
    authors: [{ name: d.issuer }],
    categories: [{ term: d.type, label: typeName(d.type) }],
  };
};

const newsEntryOf = (e: NewsEntry): AtomEntry => {
  const n = e.data;
  const url = absoluteUrl(newsPath(e.id));
  return {
    id: url,
    title: n.title,
    link: url,
    updated: partialDateInstant(n.date, n.retrieved ? vietnamMidnight(n.retrieved) : UNKNOWN_INSTANT),
    summary: n.summary,
    authors: [{ name: n.author ? `${n.author} (${n.source_name})` : n.source_name }],
  };
};

/** A feed of `entries` (already newest first), published at `selfPath`, following the HTML page at `pagePath`. */
const siteFeed = (opts: { entries: AtomEntry[]; title: string; subtitle: string; selfPath: string; pagePath: string }): string => {
  const entries = opts.entries.slice(0, FEED_SIZE);
  const self = absoluteUrl(opts.selfPath);
  return atomFeed({
    id: self,
    title: opts.title,
    subtitle: opts.subtitle,
    link: absoluteUrl(opts.pagePath),
    self,
    updated: newestUpdated(entries, UNKNOWN_INSTANT),
    authors: [{ name: t('site.name'), uri: absoluteUrl('/') }],
    rights: t('feed.rights'),
    lang: 'vi',
    entries,
  });
};

/** The Atom document for `directives` (already newest first). */
export const directiveFeed = (opts: { directives: readonly DirectiveEntry[]; title: string; selfPath: string; pagePath: string }): string =>
  siteFeed({ ...opts, entries: opts.directives.slice(0, FEED_SIZE).map(entryOf), subtitle: t('directives.lead') });

/** The Atom document for `news` (already newest first). */
export const newsFeed = (opts: { news: readonly NewsEntry[]; title: string; selfPath: string; pagePath: string }): string =>
  siteFeed({ ...opts, entries: opts.news.slice(0, FEED_SIZE).map(newsEntryOf), subtitle: t('news.lead') });

/** Response headers of a feed. */
export const ATOM_HEADERS = { 'Content-Type': 'application/atom+xml; charset=utf-8' };
