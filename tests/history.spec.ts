/**
 * The data's change history on the built site: /thay-doi/ lists the commits that changed data, newest
 * first, with the day and message git has for each; its Atom feed parses and follows the page; a
 * directive page and a commune page say when their data last changed, linked into the repository
 * when one is configured. Every expectation is read from git here, never written down.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { launch, siteUrl, useBrowser } from './support/browser.ts';
import { entries } from './support/content.ts';
import { repositoryUrl } from '../src/site/repository.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const git = (...args: string[]): string | undefined => {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
};

// The build reads history only from a full clone; a tarball or shallow clone says the dates are unknown.
/** The HTML of every built results page. */
const resultPages = (): string[] => {
  const dir = new URL('../dist/ket-qua/', import.meta.url);
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => readFileSync(new URL(f, dir), 'utf8'));
};
const fullHistory = git('rev-parse', '--is-shallow-repository') === 'false';
// The same setting the build read (REPO_URL, package.json, GitHub Actions), from the same environment.
const REPO = repositoryUrl(process.env, ROOT);

/** A commit as git prints it: full hash, committer date, subject. */
interface GitCommit {
  hash: string;
  date: string;
  subject: string;
}
const commits = (...args: string[]): GitCommit[] =>
  (git('log', '--first-parent', '--diff-merges=first-parent', '--format=%H%x09%cI%x09%s', ...args) ?? '')
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [hash = '', date = '', ...subject] = l.split('\t');
      return { hash, date, subject: subject.join('\t') };
    });
const DATA = ['--', ':(glob)data/**/*.csv', ':(glob)content/**/*.md'];

/** "dd/mm/yyyy" of an instant's day in Vietnam (UTC+7), computed here without the site's code. */
const vietnamDay = (iso: string): string => {
  const [y, m, d] = new Date(Date.parse(iso) + 7 * 3600 * 1000).toISOString().slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
};
const newest = (...lists: GitCommit[][]): GitCommit | undefined =>
  lists.flat().reduce<GitCommit | undefined>((a, b) => (!a || Date.parse(b.date) > Date.parse(a.date) ? b : a), undefined);

const { open } = useBrowser();

describe.runIf(fullHistory)('/thay-doi/ with the repository’s history', () => {
  const dataCommits = commits(...DATA);

  it('lists commits that changed data, newest first, each with git’s day, subject and short hash', async () => {
    const page = await open('/thay-doi/');
    expect(await page.locator('h1').textContent()).toBe('Thay đổi dữ liệu');
    const shown = await page.locator('li.change').evaluateAll((lis) =>
      lis.map((li) => ({ id: li.id, datetime: li.querySelector('h2 time')?.getAttribute('datetime'), heading: li.querySelector('h2')?.textContent })),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThanOrEqual(20);
    // Every entry is one of git's data commits, in git's order, with git's date and subject.
    let from = 0;
    for (const s of shown) {
      const at = dataCommits.findIndex((c, i) => i >= from && `c-${c.hash.slice(0, 7)}` === s.id);
      expect(at, `${s.id} is a data commit after the previous entry`).toBeGreaterThanOrEqual(from);
      const c = dataCommits[at]!;
      expect(s.datetime).toBe(c.date);
      expect(s.heading).toBe(`${vietnamDay(c.date)}: ${c.subject}`);
      from = at + 1;
    }
    // The newest data commit that changed a row or entry is the first; here the last data commit adds directives.
    expect(shown[0]!.id).toBe(`c-${dataCommits[0]!.hash.slice(0, 7)}`);
  });

  it('names what changed with links that work', async () => {
    const page = await open('/thay-doi/');
    const first = page.locator('li.change').first();
    expect(await first.locator('h3').first().textContent()).toMatch(/^(Thêm|Sửa|Xóa)$/);
    const links = await first.locator('ul a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect((await page.request.get(href)).status(), href).toBe(200);
    // The directives the newest data commit touched are the ones its entry links.
    const touched = (git('show', '--first-parent', '--format=', '--name-only', dataCommits[0]!.hash, '--', 'content/directives') ?? '')
      .split('\n')
      .filter(Boolean)
      .map((f) => `/van-ban/${f.replace(/^content\/directives\/|\.md$/g, '')}/`)
      .sort();
    expect(links.map((h) => new URL(h).pathname).filter((p) => p.startsWith('/van-ban/')).sort()).toEqual(touched);
  });

  it('offers an Atom feed that parses and follows the page, dated by the commits', async () => {
    const page = await open('/thay-doi/');
    const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    expect(await link.count()).toBe(1);
    const url = new URL((await link.getAttribute('href'))!, page.url()).href;
    expect(new URL(url).pathname).toBe('/thay-doi/atom.xml');
    const r = await page.request.get(url);
    expect(r.status()).toBe(200);
    expect(r.headers()['content-type'] ?? 'application/atom+xml').toMatch(/xml/);
    const xml = await r.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => n === 'entry' || n === 'link' }).parse(xml).feed as {
      updated: string;
      entry?: { id: string; updated: string; title: { '#text': string } }[];
    };
    const items = feed.entry ?? [];
    const ids = await page.locator('li.change').evaluateAll((lis) => lis.map((li) => li.id));
    expect(items.slice(0, ids.length).map((e) => `c-${e.id.replace('urn:sha1:', '').slice(0, 7)}`)).toEqual(ids);
    const byHash = new Map(dataCommits.map((c) => [c.hash, c]));
    for (const e of items) {
      const c = byHash.get(e.id.replace('urn:sha1:', ''));
      expect(c, e.id).toBeDefined();
      expect(e.updated).toBe(c!.date);
      expect(e.title['#text']).toBe(c!.subject);
    }
    expect(feed.updated).toBe(items[0]!.updated);
  });
});

describe.runIf(fullHistory)('last changed on pages', () => {
  /** The note's date, commit and history links, as the page shows them. */
  const noteOf = async (path: string) => {
    const page = await open(path);
    const note = page.locator('.last-changed');
    expect(await note.count(), path).toBe(1);
    return {
      text: (await note.textContent())!,
      datetime: await note.locator('time').getAttribute('datetime'),
      day: await note.locator('time').textContent(),
      links: await note.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)),
    };
  };
  const expectNote = (note: Awaited<ReturnType<typeof noteOf>>, commit: GitCommit, historyPath: string) => {
    expect(note.datetime).toBe(commit.date);
    expect(note.day).toBe(vietnamDay(commit.date));
    expect(note.text).toContain(commit.hash.slice(0, 7));
    // The history link is pinned to the change shown, so the page changes only when its data does.
    if (REPO) expect(note.links).toEqual([`${REPO}/commit/${commit.hash}`, `${REPO}/commits/${commit.hash}/${historyPath}`]);
    else expect(note.links, 'no repository configured: no links').toEqual([]);
  };

  it('a directive shows the last commit that changed its file', async () => {
    for (const { id } of entries('directives').slice(0, 3)) {
      const file = `content/directives/${id}.md`;
      expectNote(await noteOf(`/van-ban/${id}/`), commits('-1', '--', file)[0]!, file);
    }
  });

  it('a commune shows the last commit that changed its own rows', async () => {
    // Xã Hàm Giang (29489 since 1/7/2025; the code was Xã Hàm Tân's before): its unit row and its
    // assessments of 2025 on. It has no recognition rows, so those cannot be newer.
    expect(readFileSync(new URL('../data/recognitions/86-vinh-long.csv', import.meta.url), 'utf8')).not.toMatch(/^29489[,@]/m);
    const commit = newest(
      commits('-1', '-G', '^29489(@[0-9-]+)?,20(2[5-9]|[3-9][0-9]),', '--', 'data/assessments'),
      commits('-1', '-G', '^29489,([^,]*,){4}2025-07-01,', '--', 'data/units'),
    )!;
    expectNote(await noteOf('/dia-phuong/29489-xa-ham-giang/'), commit, 'data/assessments/86-vinh-long');
  });

  it('each reported figure shows when its own row last changed, on every results page that shows it', async () => {
    // git's pickaxe finds each row's last change; reported figures' cards and targets' rows name their row (data-row="file:line").
    const files = (git('ls-files', 'data/figures') ?? '').split('\n').filter((f) => f.endsWith('.csv')).sort();
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const expected = new Map(
      files.flatMap((file) =>
        readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')
          .split('\n')
          .map((line, i): [string, string] | undefined => {
            if (i === 0 || !line) return undefined;
            const [scope, period, indicator] = line.split(',');
            return [`${file}:${i + 1}`, commits('-1', '-G', `^${escape(`${scope},${period},${indicator},`)}`, '--', file)[0]!.date];
          })
          .filter((e): e is [string, string] => !!e),
      ),
    );
    const shown = new Map<string, string | undefined>();
    for (const html of resultPages()) {
      for (const m of html.matchAll(/data-row="([^"]+)"[\s\S]*?data-changed[\s>][\s\S]*?<time datetime="([^"]+)"/g)) shown.set(m[1]!, m[2]);
    }
    expect(new Map([...shown].sort()), 'every figure row, with its own date').toEqual(new Map([...expected].sort()));
  });
});

describe.runIf(!fullHistory)('without a full git history', () => {
  it('says the dates are unknown, on /thay-doi/ and on a directive page', async () => {
    expect(await (await open('/thay-doi/')).locator('main').textContent()).toContain('Không liệt kê được thay đổi');
    const id = entries('directives')[0]!.id;
    expect(await (await open(`/van-ban/${id}/`)).locator('.last-changed').textContent()).toContain('không rõ');
  });
});

// The feed is plain XML: it needs no browser page, only the static server.
describe('/thay-doi/atom.xml', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  it('is a well-formed Atom document even when empty', async () => {
    const ctx = await browser.newContext();
    const r = await ctx.request.get(new URL('thay-doi/atom.xml', siteUrl()).href);
    expect(r.status()).toBe(200);
    const xml = await r.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    await ctx.close();
  });
});
