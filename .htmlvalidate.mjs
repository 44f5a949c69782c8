// html-validate's configuration for the built site (tests/site-html.spec.ts validates every HTML file
// of dist/; `npx html-validate dist` reads the same file). A JavaScript file, not .htmlvalidate.json,
// because the JSON schema admits no comment field and every departure from the preset is justified here.
import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended'],
  rules: {
    // Off: stylistic only. The case of the doctype means nothing to a browser, and Astro writes its
    // redirect pages (short unit addresses, former slugs) with a lower-case <!doctype html>.
    'doctype-style': 'off',
    // Loosened from 70: BaseLayout cuts a page's own title at 60 characters and appends the site name
    // (25 more), so the page part fits a search result and only the site name may be cut there. 90
    // still catches a title that escaped the cut.
    'long-title': ['error', { maxlength: 90 }],
  },
});
