/**
 * The Content-Security-Policy and what makes it possible without 'unsafe-inline': every page of the
 * built site carries the policy before anything it governs, and no page has an inline script, an
 * event handler attribute, an inline style or a javascript: address. In Chromium, with the policy
 * enforced, the pages that run scripts (search with Pagefind's WebAssembly, filters, share box,
 * 404 redirect) work without a violation, and a violation would show as a console error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, PROJECT_ROOT } from './support/build.ts';
import { useBrowser } from './support/browser.ts';
import { entries } from './support/content.ts';
import { startTags } from './support/html.ts';
import { headersFile, metaContentSecurityPolicy } from '../src/lib/security/policy.ts';

const DIST = join(PROJECT_ROOT, 'dist');
const pages = filesUnder(DIST).filter((f) => f.endsWith('.html'));
const html = (file: string) => readFileSync(join(DIST, file), 'utf8');

// Astro writes the short unit addresses as tiny redirect pages (a meta refresh, nothing to run).
const isRedirect = (text: string) => /<meta http-equiv="refresh"/.test(text);

describe('the built pages', () => {
  const found = { pages: pages.length, redirects: 0, scripts: 0, jsonLd: 0 };
  const problems: string[] = [];
  for (const file of pages) {
    const text = html(file);
    const all = startTags(text);
    if (isRedirect(text)) found.redirects++;
    const csp = all.findIndex((t) => t.name === 'meta' && t.attributes.some((a) => a.name === 'http-equiv' && a.value.toLowerCase() === 'content-security-policy'));
    const firstGoverned = all.findIndex((t) => t.name === 'script' || t.name === 'style' || (t.name === 'link' && t.attributes.some((a) => a.name === 'rel' && a.value === 'stylesheet')));
    if (csp < 0 && !isRedirect(text)) problems.push(`${file}: no Content-Security-Policy meta`);
    if (csp >= 0 && all[csp]!.attributes.find((a) => a.name === 'content')?.value.replace(/&#39;/g, "'") !== metaContentSecurityPolicy()) problems.push(`${file}: a different policy`);
    if (firstGoverned >= 0 && (csp < 0 || csp > firstGoverned)) problems.push(`${file}: a script or style before the policy`);
    for (const t of all) {
      for (const a of t.attributes) {
        if (a.name.startsWith('on')) problems.push(`${file}: <${t.name} ${a.name}=…>`);
        if (a.name === 'style') problems.push(`${file}: <${t.name} style="${a.value}">`);
        if (['href', 'src', 'action', 'formaction'].includes(a.name) && /^\s*javascript:/i.test(a.value)) problems.push(`${file}: <${t.name} ${a.name}="${a.value}">`);
      }
      if (t.name === 'style') problems.push(`${file}: <style> element`);
      if (t.name === 'script') {
        const type = t.attributes.find((a) => a.name === 'type')?.value;
        if (type === 'application/ld+json') found.jsonLd++;
        else if (t.attributes.some((a) => a.name === 'src')) found.scripts++;
        else problems.push(`${file}: inline <script${type ? ` type="${type}"` : ''}>`);
      }
    }
  }

  it('were all read, scripts and structured data included', () => {
    expect(found.pages).toBeGreaterThan(1000);
    expect(found.redirects).toBeGreaterThan(0);
    expect(found.scripts).toBeGreaterThan(0);
    expect(found.jsonLd).toBe(entries('directives').length);
  });

  it('carry the policy before any script or style, and have no inline script, event handler, inline style or javascript: address', () => {
    expect(problems.slice(0, 30)).toEqual([]);
  });

  it('come with a _headers file that says the same as the policy module', () => {
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(headersFile());
  });
});

describe('with the policy enforced, in Chromium', () => {
  const { open, visit } = useBrowser();
  const directive = entries('directives')[0]!.id;
  const province = filesUnder(join(DIST, 'dia-phuong'))
    .find((f) => /^\d{2}-[a-z0-9-]+\/index\.html$/.test(f))!
    .replace(/index\.html$/, '');
  const commune = filesUnder(join(DIST, 'dia-phuong'))
    .find((f) => /^\d{5}-[a-z0-9-]+\/index\.html$/.test(f))!
    .replace(/index\.html$/, '');

  it.each(['/', '/van-ban/', `/van-ban/${directive}/`, '/dia-phuong/', `/dia-phuong/${province}`, `/dia-phuong/${commune}`, '/ket-qua/', '/tin-tuc/', '/du-lieu/'])(
    '%s loads with no violation',
    async (path) => {
      await open(path);
    },
  );

  it('searches with Pagefind (WebAssembly) and filters the library with no violation', async () => {
    const search = await visit('/tim-kiem/?q=cong+van');
    await expect.poll(() => search.page.locator('.search-result').count()).toBeGreaterThan(0);
    const library = await visit('/van-ban/?loai=cong-van');
    await expect.poll(() => library.page.locator('[data-library-status]').innerText()).toMatch(/\d/);
    expect([...search.problems, ...library.problems]).toEqual([]);
  });

  it('reports what the policy blocks (an inline script, an event handler, an inline style) as console errors', async () => {
    const v = await visit('/');
    await v.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.head.append(script);
      const button = document.createElement('button');
      button.setAttribute('onclick', 'window.__clicked = true');
      document.body.append(button);
      button.click();
      document.body.setAttribute('style', 'outline: 1px solid red');
    });
    await expect.poll(() => v.problems.filter((p) => p.includes('Content Security Policy')).length).toBe(3);
    expect(await v.page.evaluate(() => [Reflect.get(window, '__injected'), Reflect.get(window, '__clicked')])).toEqual([undefined, undefined]);
  });
});
