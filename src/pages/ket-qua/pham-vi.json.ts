/**
 * Every results scope for the scope picker of the results pages (src/client/results-filters.ts):
 * key, name, group, the page of its latest year and one page per year. One small file, cached by the
 * browser across pages, instead of the list repeated in every page.
 */
import type { APIRoute } from 'astro';
import { href, resultsPath } from '../../site/paths.ts';
import { results } from '../../site/results.ts';
import { scopeGroups } from '../../site/results-scopes.ts';

export const GET: APIRoute = async () => {
  const groups = scopeGroups(await results());
  const list = groups.flatMap((g) =>
    g.scopes.map((s) => ({ key: s.key, name: s.label, group: g.label, path: href(resultsPath(s.slug)), years: s.years.map((y) => [y, href(resultsPath(s.slug, y))]) })),
  );
  return new Response(`${JSON.stringify(list)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
