// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { validateData } from './src/integrations/validate-data.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { safeMarkdown } from './src/integrations/safe-markdown.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { indexablePages } from './src/integrations/sitemap-filter.ts';

// The public address and base path are configuration, so a copy can be hosted elsewhere
// (for example under /ntm/) without code changes: SITE_URL=https://example.org BASE_PATH=/ntm npm run build
const site = process.env.SITE_URL || 'https://ntm-minh-bach.example.org';
const base = process.env.BASE_PATH || '/';
let outDir = new URL('./dist/', import.meta.url);
/**
 * Hands the resolved output folder to `set` once Astro knows it.
 * @param {(dir: URL) => void} set
 * @returns {import('astro').AstroIntegration}
 */
const outDirOf = (set) => ({ name: 'ntm:out-dir', hooks: { 'astro:config:done': ({ config }) => set(config.outDir) } });

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  // Data is validated before anything else runs, so a bad commit never reaches the output;
  // the search index is built last, over the finished pages.
  // Markdown from data files never brings its own HTML (safeMarkdown); _headers carries the CSP.
  // Redirect pages (short unit addresses like /dia-phuong/29489/, a directive's former slugs) are
  // marked noindex and stay out of the sitemap, which lists the pages themselves; the filter reads the
  // build's own output folder (tests build into others with --outDir).
  integrations: [validateData(), safeMarkdown(), mdx(), securityHeaders(), outDirOf((dir) => (outDir = dir)), sitemap({ filter: (page) => indexablePages(outDir, base)(page) }), pagefindIndex()],
  build: { format: 'directory' },
  // Astro's own cache (the content data store) beside the preview images, not in node_modules:
  // `npm ci` empties node_modules, so CI can keep this between runs, and worktrees sharing one
  // node_modules do not share one store.
  cacheDir: './.cache/astro',
  // Scripts are tiny and page-specific; inlining them would need 'unsafe-inline' in the CSP.
  vite: { build: { assetsInlineLimit: 0 } },
});
