/**
 * Writes `_headers` (Netlify and Cloudflare Pages read it) into the built site: the same
 * Content-Security-Policy as the pages' <meta>, plus the headers a <meta> cannot send
 * (frame-ancestors, X-Content-Type-Options, Permissions-Policy). See src/lib/security/policy.ts.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { headersFile } from '../lib/security/policy.ts';

/** The integration. */
export const securityHeaders = (): AstroIntegration => ({
  name: 'ntm:security-headers',
  hooks: {
    'astro:build:done': ({ dir }) => {
      writeFileSync(new URL('_headers', dir), headersFile());
    },
  },
});
