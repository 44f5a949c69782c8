/**
 * No broken internal link or anchor anywhere in the build: every reference in every HTML, CSS, feed,
 * sitemap and JSON file of dist/ names a file of the build, and every #fragment an id on its page.
 * Plain Node, no browser: the whole output is read in a few seconds.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DIST, publicRoot } from './support/dist.ts';
import { checkLinks, formatFailures } from './support/links.ts';

describe('the link check itself', () => {
  // A tiny site of our own under a base path, with one of each kind of mistake.
  const dir = mkdtempSync(join(tmpdir(), 'site-links-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };
  write('index.html', `<!doctype html><title>x</title><link rel="stylesheet" href="/ntm/a.css">
    <a href="/ntm/a/#part">ok</a> <a href="a/">ok</a> <a href="https://elsewhere.example/">out</a> <a href="mailto:x@example.org">mail</a>
    <a href="/ntm/missing/">bad page</a> <a href="/ntm/a/#nowhere">bad anchor</a> <a href="#top">top</a> <a href="/other/">outside base</a>
    <img src="/ntm/i.png" srcset="/ntm/i.png 1x, /ntm/i2.png 2x" alt="">
    <meta property="og:image" content="https://site.example/ntm/og.png">
    <svg><rect fill="url(#hatch)"/><rect fill="url(#gone)"/><pattern id="hatch"/></svg>
    <script>const s = '<a href="/ntm/not-markup/">';</script><!-- <a href="/ntm/commented/"> -->`);
  write('a/index.html', '<!doctype html><title>a</title><h2 id="part">Part</h2><a href="../#top">up</a>');
  write('a.css', '@font-face{src:url(/ntm/f.woff2)} .x{background:url("i.png")}');
  write('i.png', '');
  write('feed.xml', '<feed><id>https://site.example/ntm/#not-an-anchor</id><link href="https://site.example/ntm/a/"/><link href="https://site.example/ntm/gone/"/></feed>');

  it('reports each broken file, anchor, image, paint reference and feed link, and nothing else', () => {
    const report = checkLinks(dir, new URL('https://site.example/ntm/'));
    expect(report.failures.map((f) => `${f.file} ${f.link}`).sort()).toEqual(
      [
        'a.css /ntm/f.woff2',
        'feed.xml https://site.example/ntm/gone/',
        'index.html #gone',
        'index.html /ntm/a/#nowhere',
        'index.html /ntm/i2.png',
        'index.html /ntm/missing/',
        'index.html /other/',
        'index.html https://site.example/ntm/og.png',
      ].sort(),
    );
    expect(report.external).toBe(1);
  });
});

describe('the built site', () => {
  it('has no broken internal link or anchor', () => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const report = checkLinks(DIST, publicRoot());
    const { user, system } = process.cpuUsage(cpu);
    console.log(
      `links: ${report.files} files, ${report.internal} internal references checked, ${report.external} external not followed, ` +
        `${report.failures.length} broken (${((performance.now() - started) / 1000).toFixed(1)} s, CPU ${((user + system) / 1e6).toFixed(1)} s)`,
    );
    expect(report.internal).toBeGreaterThan(1000);
    expect(formatFailures(report.failures)).toEqual([]);
  });
});
