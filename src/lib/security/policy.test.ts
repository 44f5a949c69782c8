import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { headerContentSecurityPolicy, headersFile, metaContentSecurityPolicy, securityHeaders } from './policy.ts';

/** A policy as directive → sources. */
const parse = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));

describe('Content-Security-Policy', () => {
  it("runs only the site's own scripts: no inline script, no eval, WebAssembly compilation for Pagefind", () => {
    const p = parse(metaContentSecurityPolicy());
    expect(p.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(metaContentSecurityPolicy()).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|data:|https?:/);
  });

  it('allows no inline style either, and nothing not listed', () => {
    const p = parse(metaContentSecurityPolicy());
    expect(p.get('style-src')).toEqual(["'self'"]);
    expect(p.get('default-src')).toEqual(["'none'"]);
    expect(p.get('object-src')).toEqual(["'none'"]);
    expect(p.get('base-uri')).toEqual(["'none'"]);
  });

  it('sends in the header what a <meta> policy cannot carry, and the same directives otherwise', () => {
    const meta = parse(metaContentSecurityPolicy());
    const header = parse(headerContentSecurityPolicy());
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    header.delete('frame-ancestors');
    expect(header).toEqual(meta);
  });
});

describe('_headers', () => {
  it('applies every security header to every path, in the Netlify and Cloudflare format', () => {
    const lines = headersFile().split('\n');
    expect(lines[0]).toBe('/*');
    expect(lines.at(-1)).toBe('');
    const headers = lines.slice(1, -1).map((l) => /^ {2}([A-Za-z-]+): (.+)$/.exec(l)!.slice(1));
    expect(headers).toEqual(securityHeaders());
    expect(headers.map(([name]) => name)).toEqual(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'X-Frame-Options', 'Permissions-Policy']);
    expect(Object.fromEntries(headers)['Content-Security-Policy']).toBe(headerContentSecurityPolicy());
  });
});

describe("README's nginx example", () => {
  it('sends exactly the headers of the policy module', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');
    const nginx = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const sent = [...nginx.matchAll(/add_header ([A-Za-z-]+) "([^"]*)" always;/g)].map((m) => [m[1], m[2]]);
    expect(sent).toEqual(securityHeaders());
  });
});
