import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hasNoindex, indexablePages } from './sitemap-filter.ts';

describe('hasNoindex', () => {
  it('finds noindex in a robots meta tag, attributes in any order', () => {
    expect(hasNoindex('<meta name="robots" content="noindex">')).toBe(true);
    expect(hasNoindex('<meta content="noindex, follow" name=robots>')).toBe(true);
    expect(hasNoindex("<meta name='robots' content='index, nofollow'>")).toBe(false);
    expect(hasNoindex('<meta name="description" content="noindex is a word here">')).toBe(false);
    expect(hasNoindex('<p>noindex</p>')).toBe(false);
  });
});

describe('indexablePages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitemap-filter-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, 'old'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Home</title>');
  writeFileSync(join(dir, 'a', 'index.html'), '<!doctype html><title>A</title>');
  writeFileSync(join(dir, 'old', 'index.html'), '<!doctype html><meta http-equiv="refresh" content="0;url=/a/"><meta name="robots" content="noindex">');
  const out = pathToFileURL(`${dir}/`);

  it('drops pages marked noindex and keeps the rest', () => {
    const keep = indexablePages(out, '/');
    expect(keep('https://example.org/')).toBe(true);
    expect(keep('https://example.org/a/')).toBe(true);
    expect(keep('https://example.org/old/')).toBe(false);
  });

  it('maps URLs under a base path to the output folder', () => {
    const keep = indexablePages(out, '/ntm');
    expect(keep('https://example.org/ntm/old/')).toBe(false);
    expect(keep('https://example.org/ntm/a/')).toBe(true);
  });

  it('keeps a page it cannot find, rather than guessing', () => {
    expect(indexablePages(out, '/')('https://example.org/missing/')).toBe(true);
  });
});
