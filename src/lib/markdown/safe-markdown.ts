/**
 * Keeps the Markdown of data files (directives, news, campaigns) from putting HTML of its own into
 * a page. Raw HTML in a body (`<script>`, `<img onerror=…>`, `<div>`) is shown as the text it is,
 * so a publisher sees the mistake on the page; HTML comments are dropped, as Markdown readers expect.
 * Links and images may only point at web, mail or phone addresses or at the site itself: a
 * `javascript:` or `data:` address keeps its text and loses the link.
 *
 * Two plugins for Astro's Markdown processor (Sätteri), which otherwise writes raw HTML and any link
 * address through verbatim. Sätteri is Astro's dependency; only its types are imported here.
 */
import type { HastPluginDefinition, MdastPluginDefinition } from 'satteri';

/** URL schemes a link or image in data files may use; anything else (javascript:, data:, vbscript:, file:) is dropped. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * Whether `url` is a web, mail or phone address or a relative one. Parsed the way browsers find a
 * scheme: leading spaces and control characters are ignored, tabs and line breaks removed.
 */
export const isSafeUrl = (url: string): boolean => {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
};

// Parents whose children are phrasing content: raw HTML there is inline and becomes plain text.
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);

const COMMENT = /^\s*<!--[\s\S]*-->\s*$/;

/** Raw HTML as text: add to the processor's `mdastPlugins` (src/integrations/safe-markdown.ts does). */
export const rawHtmlAsText: MdastPluginDefinition = {
  name: 'ntm:raw-html-as-text',
  html(node, ctx) {
    if (COMMENT.test(node.value)) {
      ctx.removeNode(node);
      return undefined;
    }
    const text = { type: 'text' as const, value: node.value };
    // A block of HTML becomes a paragraph of text, inline HTML a run of text.
    return PHRASING_PARENTS.has(ctx.parent(node).type) ? text : { type: 'paragraph', children: [text] };
  },
};

/**
 * Links and images with an unsafe address, after references are resolved (`[x][r]`, `<javascript:…>`
 * included): a link keeps its text, an image becomes its alternative text. Add to `hastPlugins`.
 */
export const safeUrls: HastPluginDefinition = {
  name: 'ntm:safe-urls',
  element: {
    filter: ['a', 'img'],
    visit(node, ctx) {
      const url = node.tagName === 'a' ? node.properties.href : node.properties.src;
      if (typeof url !== 'string' || isSafeUrl(url)) return undefined;
      const alt = node.properties.alt;
      ctx.replaceNode(node, node.tagName === 'a' ? [...node.children] : { type: 'text', value: typeof alt === 'string' ? alt : '' });
      return undefined;
    },
  },
};
