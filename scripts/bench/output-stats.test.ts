import { describe, expect, it } from 'vitest';
import { criticalPath, diffTrees, gzipSize, pageRefs, resolveRef, staticImports } from './output-stats.ts';

const HTML = `<!doctype html><html><head>
<link rel="stylesheet" href="/_astro/BaseLayout.css"><link rel=stylesheet href='/_astro/page.css?v=1'>
<link rel="modulepreload" href="/_astro/dom.js"><link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="https://cdn.example.org/x.css">
<script type="module" src="/_astro/search.js"></script><script>inline()</script>
</head><body><p>Xin chào</p></body></html>`;

describe('pageRefs', () => {
  it('finds local stylesheets, module scripts and modulepreloads, not icons or other hosts', () => {
    expect(pageRefs(HTML)).toEqual({ css: ['/_astro/BaseLayout.css', '/_astro/page.css'], js: ['/_astro/dom.js', '/_astro/search.js'] });
  });
});

describe('staticImports', () => {
  it('follows static imports and re-exports, not dynamic import()', () => {
    const code = 'import{a as b}from"./dom.js";import "./side.js";export{c}from"/_astro/c.js";const p=import("/pagefind/pagefind.js");';
    expect(staticImports(code)).toEqual(['./dom.js', './side.js', '/_astro/c.js']);
  });
});

describe('resolveRef', () => {
  it('resolves absolute and relative URLs to output paths, with a base path stripped', () => {
    expect(resolveRef('/_astro/a.js', 'van-ban/index.html')).toBe('_astro/a.js');
    expect(resolveRef('./dom.js', '_astro/search.js')).toBe('_astro/dom.js');
    expect(resolveRef('/ntm/_astro/a.css', 'index.html', '/ntm/')).toBe('_astro/a.css');
  });
});

describe('criticalPath', () => {
  const files = new Map<string, string>([
    ['tim-kiem/index.html', HTML],
    ['_astro/BaseLayout.css', '@font-face{src:url(/_astro/f.woff2)format("woff2"),url(/_astro/f.woff)}body{color:#111}'],
    ['_astro/page.css', 'p{margin:0}'],
    ['_astro/dom.js', 'export const h=1;'],
    ['_astro/search.js', 'import{h}from"./dom.js";import"./chunk.js";import("/pagefind/pagefind.js");'],
    ['_astro/chunk.js', 'console.log(1)'],
    ['_astro/f.woff2', 'x'.repeat(1000)],
    ['pagefind/pagefind.js', 'y'.repeat(5000)],
  ]);
  const read = (p: string) => (files.has(p) ? Buffer.from(files.get(p)!) : undefined);
  const size = (_p: string, d: Buffer) => d.length;

  it('adds the HTML, its stylesheets and every script loaded before interaction, each once', () => {
    const c = criticalPath('tim-kiem/index.html', read, size);
    const len = (p: string) => Buffer.byteLength(files.get(p)!);
    expect(c.html).toBe(len('tim-kiem/index.html'));
    expect(c.css).toBe(len('_astro/BaseLayout.css') + len('_astro/page.css'));
    expect(c.js).toBe(len('_astro/dom.js') + len('_astro/search.js') + len('_astro/chunk.js'));
    expect(c.total).toBe(c.html + c.css + c.js);
    expect(c.fonts).toBe(1000);
    expect(c.files).not.toContain('pagefind/pagefind.js');
  });

  it('compresses with gzip by default', () => {
    expect(criticalPath('tim-kiem/index.html', read).html).toBe(gzipSize(HTML));
  });
});

describe('diffTrees', () => {
  it('tells added, removed and changed files apart', () => {
    const before = new Map([['a', '1'], ['b', '2'], ['c', '3']]);
    const after = new Map([['a', '1'], ['b', '9'], ['d', '4']]);
    expect(diffTrees(before, after)).toEqual({ added: ['d'], removed: ['c'], changed: ['b'] });
  });
});
