import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ATOM_NS, atomFeed, escapeXml, newestUpdated, type AtomEntry, type AtomFeed } from './atom.ts';

const entry = (n: number, over: Partial<AtomEntry> = {}): AtomEntry => ({
  id: `https://example.org/van-ban/vb-${n}/`,
  title: `Công văn ${n}/UBND-NN: V/v thử nghiệm`,
  link: `https://example.org/van-ban/vb-${n}/`,
  updated: `2024-01-${String(n).padStart(2, '0')}T00:00:00+07:00`,
  summary: `Tóm tắt ${n}.`,
  authors: [{ name: 'UBND tỉnh Thử' }],
  categories: [{ term: 'cong-van', label: 'Công văn' }],
  ...over,
});

const feed = (over: Partial<AtomFeed> = {}): AtomFeed => ({
  id: 'https://example.org/van-ban/atom.xml',
  title: 'Văn bản mới',
  link: 'https://example.org/van-ban/',
  self: 'https://example.org/van-ban/atom.xml',
  updated: '2024-01-03T00:00:00+07:00',
  lang: 'vi',
  entries: [entry(3), entry(2), entry(1)],
  ...over,
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'author', 'category'].includes(name) });
type Parsed = { feed: Record<string, unknown> & { entry?: Record<string, unknown>[] } };
const parse = (xml: string): Parsed => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Parsed;
};
const textOf = (v: unknown): string => (typeof v === 'object' && v !== null ? String((v as { '#text': unknown })['#text']) : String(v));

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
  });

  it('drops control characters XML cannot carry but keeps tab, newlines and Vietnamese', () => {
    expect(escapeXml('Hà\u0000 Nội\u000B\t\n\u001F')).toBe('Hà Nội\t\n');
  });

  it('keeps characters outside the BMP and drops a lone surrogate', () => {
    expect(escapeXml('𠀀x\uD800y')).toBe('𠀀xy');
  });
});

describe('atomFeed', () => {
  it('writes a well-formed Atom document with the required feed elements', () => {
    const doc = parse(atomFeed(feed()));
    expect(doc.feed['@xmlns']).toBe(ATOM_NS);
    expect(doc.feed['@xml:lang']).toBe('vi');
    expect(doc.feed.id).toBe('https://example.org/van-ban/atom.xml');
    expect(textOf(doc.feed.title)).toBe('Văn bản mới');
    expect(doc.feed.updated).toBe('2024-01-03T00:00:00+07:00');
    const links = doc.feed.link as Record<string, string>[];
    expect(links.find((l) => l['@rel'] === 'self')?.['@href']).toBe('https://example.org/van-ban/atom.xml');
    expect(links.find((l) => l['@rel'] === 'alternate')?.['@href']).toBe('https://example.org/van-ban/');
  });

  it('writes every entry element: id, title, link, updated, author, category, summary', () => {
    const [first] = parse(atomFeed(feed())).feed.entry!;
    expect(first!.id).toBe('https://example.org/van-ban/vb-3/');
    expect(textOf(first!.title)).toBe('Công văn 3/UBND-NN: V/v thử nghiệm');
    expect((first!.link as Record<string, string>[])[0]).toMatchObject({ '@rel': 'alternate', '@href': 'https://example.org/van-ban/vb-3/' });
    expect(first!.updated).toBe('2024-01-03T00:00:00+07:00');
    expect((first!.author as { name: string }[])[0]!.name).toBe('UBND tỉnh Thử');
    expect((first!.category as Record<string, string>[])[0]).toEqual({ '@term': 'cong-van', '@label': 'Công văn' });
    expect(textOf(first!.summary)).toBe('Tóm tắt 3.');
  });

  it('keeps the entries in the order given', () => {
    const ids = parse(atomFeed(feed({ entries: [entry(1), entry(3), entry(2)] }))).feed.entry!.map((e) => e.id);
    expect(ids).toEqual(['https://example.org/van-ban/vb-1/', 'https://example.org/van-ban/vb-3/', 'https://example.org/van-ban/vb-2/']);
  });

  it('escapes markup in titles, summaries, names and links, so a script stays text', () => {
    const nasty = '<script>alert("x")</script> & “Ngày thứ 7”';
    const xml = atomFeed(
      feed({
        title: nasty,
        entries: [entry(1, { title: nasty, summary: nasty, authors: [{ name: nasty }], categories: [{ term: 'a"b', label: nasty }], link: 'https://example.org/?a=1&b="2"' })],
      }),
    );
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; “Ngày thứ 7”');
    // Read back, the entities give the original text.
    const decoded = parse(xml);
    expect(textOf(decoded.feed.title)).toBe(nasty);
    const e = decoded.feed.entry![0]!;
    expect(textOf(e.title)).toBe(nasty);
    expect(textOf(e.summary)).toBe(nasty);
    expect((e.author as { name: string }[])[0]!.name).toBe(nasty);
    expect((e.link as Record<string, string>[])[0]!['@href']).toBe('https://example.org/?a=1&b="2"');
    expect((e.category as Record<string, string>[])[0]!['@term']).toBe('a"b');
  });

  it('writes an empty feed when there are no entries', () => {
    const doc = parse(atomFeed(feed({ entries: [], authors: [{ name: 'Cổng' }] })));
    expect(doc.feed.entry).toBeUndefined();
  });

  it('refuses a feed without an author when an entry has none', () => {
    expect(() => atomFeed(feed({ entries: [entry(1, { authors: [] })] }))).toThrow(/author/);
    expect(() => atomFeed(feed({ authors: [{ name: 'Cổng' }], entries: [entry(1, { authors: [] })] }))).not.toThrow();
  });

  it('refuses an empty id or title and a date that is not RFC 3339', () => {
    expect(() => atomFeed(feed({ id: ' ' }))).toThrow(/feed id/);
    expect(() => atomFeed(feed({ entries: [entry(1, { title: '' })] }))).toThrow(/title/);
    expect(() => atomFeed(feed({ updated: '2024-01-03' }))).toThrow(/RFC 3339/);
    expect(() => atomFeed(feed({ entries: [entry(1, { updated: '2024-02-30T00:00:00Z' })] }))).toThrow(/entry 1/);
    expect(() => atomFeed(feed({ entries: [entry(1, { updated: '15/06/2020' })] }))).toThrow(/entry 1/);
  });
});

describe('newestUpdated', () => {
  it('takes the latest instant, whatever the order and the offsets', () => {
    expect(newestUpdated([{ updated: '2024-01-01T00:00:00+07:00' }, { updated: '2024-01-01T06:00:00Z' }, { updated: '2023-12-31T20:00:00Z' }], 'x')).toBe('2024-01-01T06:00:00Z');
  });

  it('returns the fallback for no entries', () => {
    expect(newestUpdated([], '1970-01-01T00:00:00Z')).toBe('1970-01-01T00:00:00Z');
  });
});
