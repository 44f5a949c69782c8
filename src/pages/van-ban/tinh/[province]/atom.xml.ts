/**
 * One Atom feed per current province that has directives: /van-ban/tinh/<province slug>/atom.xml.
 * Membership is the library's province facet (the current province of each unit a directive names).
 * The feed follows the library's list for that province, /van-ban/tinh/<slug>/.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../../../i18n/vi.ts';
import { ATOM_HEADERS, directiveFeed } from '../../../../site/feeds.ts';
import { library } from '../../../../site/library.ts';
import { libraryPath, provinceFeedPath } from '../../../../site/paths.ts';
import { portal } from '../../../../site/portal.ts';

export const getStaticPaths = (async () => {
  const [{ directives }, lib] = await Promise.all([portal(), library()]);
  return lib.counts.tinh.map((province) => ({
    params: { province: province.slug },
    props: {
      name: province.name,
      // Filtering the library's list keeps its order: newest first.
      directives: directives.filter((d) => lib.facetsOf.get(d.id)?.tinh.some((v) => v.slug === province.slug)),
    },
  }));
}) satisfies GetStaticPaths;

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = ({ params, props }) => {
  const slug = params.province!;
  const xml = directiveFeed({
    directives: props.directives,
    title: t('feed.province', { site: t('site.name'), province: props.name }),
    selfPath: provinceFeedPath(slug),
    pagePath: libraryPath({ key: 'tinh', slug }),
  });
  return new Response(xml, { headers: ATOM_HEADERS });
};
