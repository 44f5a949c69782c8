// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { validateData } from './src/integrations/validate-data.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { indexablePages } from './src/integrations/sitemap-filter.ts';

// The public address and base path are configuration, so a copy can be hosted elsewhere
// (for example under /ntm/) without code changes: SITE_URL=https://example.org BASE_PATH=/ntm npm run build
const site = process.env.SITE_URL ?? 'https://ntm-minh-bach.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  // Data is validated before anything else runs, so a bad commit never reaches the output;
  // the search index is built last, over the finished pages.
  // Redirect pages (short unit addresses like /dia-phuong/29489/, a directive's former slugs) are
  // marked noindex and stay out of the sitemap, which lists the pages themselves.
  integrations: [validateData(), mdx(), sitemap({ filter: indexablePages(new URL('./dist/', import.meta.url), base) }), pagefindIndex()],
  build: { format: 'directory' },
  // Scripts are tiny and page-specific; inlining them would need 'unsafe-inline' in the CSP.
  vite: { build: { assetsInlineLimit: 0 } },
});
