/**
 * The site's security policy, in one place: the Content-Security-Policy every page carries as a
 * <meta http-equiv> (read by every host, GitHub Pages included) and the HTTP headers written to
 * `_headers` for hosts that read one (Netlify, Cloudflare Pages). Both come from here, so they agree.
 *
 * The site runs only its own bundled module scripts: no inline script, no inline style, no event
 * handler attribute (a test scans the built pages), so neither script-src nor style-src needs
 * 'unsafe-inline'. Pagefind compiles its WebAssembly search core, which needs 'wasm-unsafe-eval'
 * (that allows WebAssembly compilation only, not eval of JavaScript).
 */

/** Directive name → sources, in the order they are written. */
const DIRECTIVES: readonly (readonly [string, readonly string[]])[] = [
  ['default-src', ["'none'"]],
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'"]],
  ['font-src', ["'self'"]],
  // Pagefind fetches its index; the library filters and search read nothing else.
  ['connect-src', ["'self'"]],
  ['manifest-src', ["'self'"]],
  ['base-uri', ["'none'"]],
  // The header's search form goes to the site's own search page.
  ['form-action', ["'self'"]],
  ['object-src', ["'none'"]],
];

/** Directives a <meta> policy cannot carry (browsers ignore them there): only in the header. */
const HEADER_ONLY: readonly (readonly [string, readonly string[]])[] = [['frame-ancestors', ["'none'"]]];

const serialize = (directives: readonly (readonly [string, readonly string[]])[]): string =>
  directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');

/** The policy for the <meta http-equiv="Content-Security-Policy"> of every page. */
export const metaContentSecurityPolicy = (): string => serialize(DIRECTIVES);

/** The policy sent as an HTTP header: the meta policy plus what only a header can say. */
export const headerContentSecurityPolicy = (): string => serialize([...DIRECTIVES, ...HEADER_ONLY]);

/** Referrer sent to other sites: the origin only, never the page's address. Also a <meta name="referrer">. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Every security header the site wants, in the order they are written. */
export const securityHeaders = (): [string, string][] => [
  ['Content-Security-Policy', headerContentSecurityPolicy()],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', REFERRER_POLICY],
  // For browsers without frame-ancestors.
  ['X-Frame-Options', 'DENY'],
  // The site uses none of these features; nor may anything embedded in it.
  ['Permissions-Policy', 'accelerometer=(), browsing-topics=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()'],
];

/**
 * The `_headers` file (Netlify and Cloudflare Pages format: a path pattern, then indented
 * `Name: value` lines), applying the headers to every file of the site.
 */
export const headersFile = (): string => `/*\n${securityHeaders().map(([name, value]) => `  ${name}: ${value}\n`).join('')}`;
