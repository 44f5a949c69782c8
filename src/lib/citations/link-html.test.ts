import { describe, expect, it } from 'vitest';
import { linkCitationsInHtml } from './link-html.ts';

const link = (c: { key: string }) => (c.key === '20/ubnd-nn' ? '/van-ban/qt-20/' : null);

describe('linkCitationsInHtml', () => {
  it('links a held number in the text and keeps everything else as it was', () => {
    expect(linkCitationsInHtml('<p>Theo Công văn số 20/UBND-NN và Quyết định số 1528/QĐ-UBND.</p>', link)).toBe(
      '<p>Theo Công văn số <a class="cite" href="/van-ban/qt-20/">20/UBND-NN</a> và Quyết định số 1528/QĐ-UBND.</p>',
    );
  });

  it('leaves numbers inside links, code and attributes alone', () => {
    const html = '<p><a href="/x/">Công văn số 20/UBND-NN</a> <code>số 20/UBND-NN</code> <img alt="số 20/UBND-NN"></p>';
    expect(linkCitationsInHtml(html, link)).toBe(html);
  });

  it('resumes linking after a closed link, and across entities', () => {
    expect(linkCitationsInHtml('<p><a href="/y/">x</a> A &amp; B: Công văn số 20/UBND-NN</p>', link)).toBe(
      '<p><a href="/y/">x</a> A &amp; B: Công văn số <a class="cite" href="/van-ban/qt-20/">20/UBND-NN</a></p>',
    );
  });

  it('escapes the address it writes', () => {
    expect(linkCitationsInHtml('số 20/UBND-NN', () => '/a?b="c"&d')).toBe('số <a class="cite" href="/a?b=&quot;c&quot;&amp;d">20/UBND-NN</a>');
  });
});
