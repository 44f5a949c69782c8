/**
 * Atom feeds of directives: the whole library, or the directives of one province. The newest 50, in
 * the library's order (newest first); each entry links to the directive's page.
 */
import { atomFeed, newestUpdated, type AtomEntry } from '../lib/feeds/atom.ts';
import { UNKNOWN_INSTANT, partialDateInstant, vietnamMidnight } from '../lib/feeds/timestamp.ts';
import { typeName } from '../lib/directives/title.ts';
import { t } from '../i18n/vi.ts';
import type { DirectiveEntry } from './portal.ts';
import { titleOf } from './titles.ts';
import { absoluteUrl, directivePath } from './paths.ts';

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

/** The Atom document for `directives` (already newest first), published at `selfPath`, following the HTML page at `pagePath`. */
export const directiveFeed = (opts: { directives: readonly DirectiveEntry[]; title: string; selfPath: string; pagePath: string }): string => {
  const entries = opts.directives.slice(0, FEED_SIZE).map(entryOf);
  const self = absoluteUrl(opts.selfPath);
  return atomFeed({
    id: self,
    title: opts.title,
    subtitle: t('directives.lead'),
    link: absoluteUrl(opts.pagePath),
    self,
    updated: newestUpdated(entries, UNKNOWN_INSTANT),
    authors: [{ name: t('site.name'), uri: absoluteUrl('/') }],
    rights: t('feed.rights'),
    lang: 'vi',
    entries,
  });
};

/** Response headers of a feed. */
export const ATOM_HEADERS = { 'Content-Type': 'application/atom+xml; charset=utf-8' };
