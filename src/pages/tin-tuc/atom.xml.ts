/** The Atom feed of the newest news, site-wide: /tin-tuc/atom.xml. */
import type { APIRoute } from 'astro';
import { t } from '../../i18n/vi.ts';
import { ATOM_HEADERS, newsFeed } from '../../site/feeds.ts';
import { NEWS_FEED_PATH } from '../../site/paths.ts';
import { portal } from '../../site/portal.ts';

export const GET: APIRoute = async () => {
  const { news } = await portal();
  const xml = newsFeed({ news, title: t('feed.news', { site: t('site.name') }), selfPath: NEWS_FEED_PATH, pagePath: '/tin-tuc/' });
  return new Response(xml, { headers: ATOM_HEADERS });
};
