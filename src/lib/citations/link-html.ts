/**
 * Turns the document numbers in rendered HTML into links ("Thông báo số 43/TB-UBND" → <a …>). Works on
 * the renderer's output, so it does not depend on which Markdown processor Astro uses; only text
 * between tags is touched, never text already inside a link, code or a script.
 */
import { findCitations, type Citation } from './find-citations.ts';

const TOKENS = /(<[^>]*>)/u;
const OPENS = /^<(a|code|pre|script|style)[\s>]/iu;
const CLOSES = /^<\/(a|code|pre|script|style)\s*>/iu;
// An entity (&amp;) splits a text run so offsets stay those of the escaped HTML.
const ENTITY = /(&[#a-z0-9]+;)/iu;

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function linkRun(text: string, link: (c: Citation) => string | null): string {
  let out = '';
  let at = 0;
  for (const c of findCitations(text)) {
    const href = link(c);
    if (!href) continue;
    out += `${text.slice(at, c.start)}<a class="cite" href="${escapeAttr(href)}">${text.slice(c.start, c.end)}</a>`;
    at = c.end;
  }
  return out + text.slice(at);
}

/** `html` with each citation `link` returns an address for wrapped in a link. */
export function linkCitationsInHtml(html: string, link: (c: Citation) => string | null): string {
  let skipDepth = 0;
  return html
    .split(TOKENS)
    .map((part) => {
      if (part.startsWith('<')) {
        if (OPENS.test(part)) skipDepth++;
        else if (CLOSES.test(part)) skipDepth = Math.max(0, skipDepth - 1);
        return part;
      }
      if (skipDepth > 0 || part === '') return part;
      return part
        .split(ENTITY)
        .map((run) => (run.startsWith('&') ? run : linkRun(run, link)))
        .join('');
    })
    .join('');
}
