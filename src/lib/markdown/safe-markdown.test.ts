// Run through Sätteri itself, the processor Astro renders data files' Markdown with.
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { isSafeUrl, rawHtmlAsText, safeUrls } from './safe-markdown.ts';

const render = async (md: string) => (await markdownToHtml(md, { mdastPlugins: [rawHtmlAsText], hastPlugins: [safeUrls] })).html.trim();

describe('isSafeUrl', () => {
  it('accepts web, mail and phone addresses and relative ones', () => {
    for (const url of ['https://x.vn/a', 'HTTP://x.vn', 'mailto:a@b.vn', 'tel:+84123', '/van-ban/', 'a/b', '#muc-1', '?q=1', '']) expect(isSafeUrl(url), url).toBe(true);
  });

  it('refuses any other scheme, however it is disguised', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:x', ' \u0001javascript:x', 'java\tscript:x', 'java\nscript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd']) {
      expect(isSafeUrl(url), JSON.stringify(url)).toBe(false);
    }
  });
});

describe('Markdown of data files', () => {
  it('shows a block of raw HTML as text, in a paragraph', async () => {
    expect(await render('Trước.\n\n<script>alert(1)</script>\n\nSau.')).toBe('<p>Trước.</p>\n<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>Sau.</p>');
  });

  it('shows inline raw HTML as text, event handlers included', async () => {
    expect(await render('Số "><img src=x onerror=alert(1)> ở <b>đây</b>.')).toBe('<p>Số "&gt;&lt;img src=x onerror=alert(1)&gt; ở &lt;b&gt;đây&lt;/b&gt;.</p>');
  });

  it('does so in headings, lists and tables too', async () => {
    const html = await render('# A <i>b</i>\n\n- <span onclick="x()">c</span>\n\n| a |\n|---|\n| <u>d</u> |\n');
    expect(html).not.toMatch(/<(i|span|u)[\s>]/);
    expect(html).toContain('<h1>A &lt;i&gt;b&lt;/i&gt;</h1>');
    expect(html).toContain('<li>&lt;span onclick="x()"&gt;c&lt;/span&gt;</li>');
    expect(html).toContain('<td>&lt;u&gt;d&lt;/u&gt;</td>');
  });

  it('drops HTML comments', async () => {
    expect(await render('A.\n\n<!-- ghi chú của người nhập -->\n\nB.')).toBe('<p>A.</p>\n<p>B.</p>');
  });

  it('keeps the text of a link to an unsafe address, without the link, whichever way it is written', async () => {
    const html = await render('[a](javascript:alert(1)) <javascript:alert(2)> [c][r] ![ảnh](data:image/png;base64,AA) [d](https://x.vn/)\n\n[r]: vbscript:x\n');
    expect(html).toBe('<p>a javascript:alert(2) c ảnh <a href="https://x.vn/">d</a></p>');
  });

  it('leaves ordinary Markdown as it was', async () => {
    const md = '## Mục 1\n\nVăn bản **số 43/TB-UBND** ngày 26/01/2024, xem [trang](/van-ban/) và <https://x.vn/a>.\n\n- một\n- hai\n';
    expect(await render(md)).toBe((await markdownToHtml(md)).html.trim());
  });
});
