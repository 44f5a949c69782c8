/** The Atom feed of the newest directives, site-wide: /van-ban/atom.xml. */
import type { APIRoute } from 'astro';
import { t } from '../../i18n/vi.ts';
import { ATOM_HEADERS, directiveFeed } from '../../site/feeds.ts';
import { DIRECTIVE_FEED_PATH } from '../../site/paths.ts';
import { portal } from '../../site/portal.ts';

export const GET: APIRoute = async () => {
  const { directives } = await portal();
  const xml = directiveFeed({ directives, title: t('feed.directives', { site: t('site.name') }), selfPath: DIRECTIVE_FEED_PATH, pagePath: '/van-ban/' });
  return new Response(xml, { headers: ATOM_HEADERS });
};
