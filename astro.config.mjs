// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { validateData } from './src/integrations/validate-data.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { safeMarkdown } from './src/integrations/safe-markdown.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';

// The public address and base path are configuration, so a copy can be hosted elsewhere
// (for example under /ntm/) without code changes: SITE_URL=https://example.org BASE_PATH=/ntm npm run build
const site = process.env.SITE_URL || 'https://ntm-minh-bach.example.org';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  // Data is validated before anything else runs, so a bad commit never reaches the output;
  // the search index is built last, over the finished pages.
  // Short unit addresses (/dia-phuong/29489/) only redirect; the sitemap lists the pages themselves.
  // Markdown from data files never brings its own HTML (safeMarkdown); _headers carries the CSP.
  integrations: [validateData(), safeMarkdown(), mdx(), securityHeaders(), sitemap({ filter: (page) => !/\/dia-phuong\/(truoc-\d{4}\/)?\d+\/$/.test(page) }), pagefindIndex()],
  build: { format: 'directory' },
  // Astro's own cache (the content data store) beside the preview images, not in node_modules:
  // `npm ci` empties node_modules, so CI can keep this between runs, and worktrees sharing one
  // node_modules do not share one store.
  cacheDir: './.cache/astro',
  // Scripts are tiny and page-specific; inlining them would need 'unsafe-inline' in the CSP.
  vite: { build: { assetsInlineLimit: 0 } },
});
