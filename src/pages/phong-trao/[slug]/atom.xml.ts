/** One Atom feed of news per campaign: /phong-trao/<id>/atom.xml (the campaign's news, as on its page). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../../i18n/vi.ts';
import { ATOM_HEADERS, newsFeed } from '../../../site/feeds.ts';
import { campaignMembers } from '../../../site/campaigns.ts';
import { campaignFeedPath, campaignPath } from '../../../site/paths.ts';
import { portal } from '../../../site/portal.ts';

export const getStaticPaths = (async () => {
  const [{ campaigns }, members] = await Promise.all([portal(), campaignMembers()]);
  return campaigns.map((c) => ({ params: { slug: c.id }, props: { name: c.data.name, news: members.get(c.id)!.news } }));
}) satisfies GetStaticPaths;

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = ({ params, props }) => {
  const id = params.slug!;
  const xml = newsFeed({
    news: props.news,
    title: t('feed.campaign', { site: t('site.name'), campaign: props.name }),
    selfPath: campaignFeedPath(id),
    pagePath: campaignPath(id),
  });
  return new Response(xml, { headers: ATOM_HEADERS });
};
