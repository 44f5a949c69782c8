/**
 * A small Atom 1.0 writer (RFC 4287): a feed of entries, each with an id, a title, a link to its page
 * and a date. Generic, so directives, news and campaigns can share it. Every text and attribute is
 * escaped here, and characters XML 1.0 forbids are dropped, so any data makes a well-formed document.
 * Entries are written in the order given; the caller decides what "newest first" means.
 */

/** Atom's namespace. */
export const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** A person: the issuing body of a directive, the site for a feed. */
export interface AtomPerson {
  name: string;
  uri?: string;
}

/** A category: `term` is the machine value, `label` what readers show. */
export interface AtomCategory {
  term: string;
  label?: string;
  scheme?: string;
}

export interface AtomEntry {
  /** A permanent IRI: the page's absolute URL or a tag: URI. */
  id: string;
  title: string;
  /** Absolute URL of the entry's page (rel="alternate"). */
  link: string;
  /** RFC 3339 date-time, e.g. 2020-06-15T00:00:00+07:00. */
  updated: string;
  published?: string;
  summary?: string;
  authors?: AtomPerson[];
  categories?: AtomCategory[];
}

export interface AtomFeed {
  id: string;
  title: string;
  /** Absolute URL of the HTML page the feed follows (rel="alternate"). */
  link: string;
  /** Absolute URL of the feed itself (rel="self"). */
  self: string;
  /** RFC 3339 date-time; usually the newest entry's (see newestUpdated). */
  updated: string;
  subtitle?: string;
  /** Required by RFC 4287 §4.1.1 unless every entry has an author. */
  authors?: AtomPerson[];
  rights?: string;
  /** Language of the texts (xml:lang), e.g. "vi". */
  lang?: string;
  entries: AtomEntry[];
}

// XML 1.0 allows tab, LF, CR and everything from U+0020 except lone surrogates, U+FFFE and U+FFFF
// (with the u flag a surrogate pair is one code point, so the range below matches only lone halves).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe in element content and in double- or single-quoted attributes. */
export const escapeXml = (s: string): string => s.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);

// RFC 3339 date-time with seconds and an offset (RFC 4287 §3.3).
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** True for a real calendar day (Date.parse would roll 2024-02-30 over into March). */
const realDay = (y: number, m: number, d: number): boolean => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

const checkDate = (value: string, where: string): string => {
  const m = DATE_TIME.exec(value);
  if (!m || !realDay(Number(m[1]), Number(m[2]), Number(m[3]))) throw new RangeError(`Atom: ${where} is not an RFC 3339 date-time: "${value}"`);
  return value;
};

const required = (value: string, where: string): string => {
  if (value.trim() === '') throw new RangeError(`Atom: ${where} is empty`);
  return value;
};

const attrs = (a: Record<string, string | undefined>): string =>
  Object.entries(a)
    .filter((kv): kv is [string, string] => kv[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');

const text = (name: string, value: string, indent: string): string => `${indent}<${name}>${escapeXml(value)}</${name}>`;
const typedText = (name: string, value: string, indent: string): string => `${indent}<${name} type="text">${escapeXml(value)}</${name}>`;

const person = (kind: 'author', p: AtomPerson, indent: string): string[] => [
  `${indent}<${kind}>`,
  text('name', required(p.name, `${kind} name`), `${indent}  `),
  ...(p.uri ? [text('uri', p.uri, `${indent}  `)] : []),
  `${indent}</${kind}>`,
];

const entryXml = (e: AtomEntry, i: number): string[] => {
  const at = `entry ${i + 1} (${e.id})`;
  const n = '    ';
  return [
    '  <entry>',
    text('id', required(e.id, `${at} id`), n),
    typedText('title', required(e.title, `${at} title`), n),
    `${n}<link${attrs({ rel: 'alternate', type: 'text/html', href: required(e.link, `${at} link`) })}/>`,
    text('updated', checkDate(e.updated, `${at} updated`), n),
    ...(e.published ? [text('published', checkDate(e.published, `${at} published`), n)] : []),
    ...(e.authors ?? []).flatMap((p) => person('author', p, n)),
    ...(e.categories ?? []).map((c) => `${n}<category${attrs({ term: required(c.term, `${at} category`), scheme: c.scheme, label: c.label })}/>`),
    ...(e.summary ? [typedText('summary', e.summary, n)] : []),
    '  </entry>',
  ];
};

/** The feed as an Atom document (UTF-8). Throws on a missing required element or a malformed date. */
export function atomFeed(feed: AtomFeed): string {
  const authors = feed.authors ?? [];
  if (authors.length === 0 && feed.entries.some((e) => !e.authors?.length))
    throw new RangeError('Atom: the feed needs an author when some entry has none (RFC 4287 §4.1.1)');
  const n = '  ';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed${attrs({ xmlns: ATOM_NS, 'xml:lang': feed.lang })}>`,
    text('id', required(feed.id, 'feed id'), n),
    typedText('title', required(feed.title, 'feed title'), n),
    ...(feed.subtitle ? [typedText('subtitle', feed.subtitle, n)] : []),
    text('updated', checkDate(feed.updated, 'feed updated'), n),
    `${n}<link${attrs({ rel: 'self', type: 'application/atom+xml', href: required(feed.self, 'feed self link') })}/>`,
    `${n}<link${attrs({ rel: 'alternate', type: 'text/html', href: required(feed.link, 'feed link') })}/>`,
    ...authors.flatMap((p) => person('author', p, n)),
    ...(feed.rights ? [typedText('rights', feed.rights, n)] : []),
    ...feed.entries.flatMap(entryXml),
    '</feed>',
    '',
  ].join('\n');
}

/** The latest `updated` of the entries (compared as instants), or `fallback` when there are none. */
export const newestUpdated = (entries: readonly Pick<AtomEntry, 'updated'>[], fallback: string): string =>
  entries.reduce<string | undefined>((best, e) => (best === undefined || Date.parse(e.updated) > Date.parse(best) ? e.updated : best), undefined) ?? fallback;
