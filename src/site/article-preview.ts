/**
 * Preview cards of news and campaign pages from the portal's data: the same title, date, source,
 * campaigns and places the page shows. Pages take `newsPreview`/`campaignPreview` (image path and alt
 * text, for BaseLayout); the image endpoint (src/pages/og/[...slug].png.ts) takes the cards.
 */
import { t } from '../i18n/vi.ts';
import type { NewsEntry, Portal } from './portal.ts';
import type { CollectionEntry } from 'astro:content';
import { campaignMembers } from './campaigns.ts';
import { localityLinks } from './refs.ts';
import { formatPartialDate } from '../lib/format/date.ts';
import { parsePartialDate } from '../lib/dates/partial-date.ts';
import { articleCardAlt, campaignCard, newsCard, type ArticleCard } from '../lib/og/article-card.ts';
import { campaignImagePath, newsImagePath } from '../lib/og/image-path.ts';

type CampaignEntry = CollectionEntry<'campaigns'>;

const dateText = (raw: string): string => {
  const d = parsePartialDate(raw);
  return d ? formatPartialDate(d) : '';
};

/** The card of a news page. */
export const newsPreviewCard = (p: Portal, entry: NewsEntry): ArticleCard => {
  const n = entry.data;
  return newsCard({
    site: t('site.name'),
    title: n.title,
    date: dateText(n.date),
    source: n.source_name,
    campaigns: p.campaigns.filter((c) => n.campaigns.includes(c.id)).map((c) => c.data.name),
    places: localityLinks(p, n.localities, n.date).map((l) => l.name),
  });
};

/** The period a campaign page shows, or undefined when neither end is known. */
export const campaignPeriod = (c: CampaignEntry['data']): string | undefined =>
  c.from || c.to ? [c.from, c.to].map((s) => (s ? dateText(s) : '…')).join(' – ') : undefined;

/** The card of a campaign page. */
export const campaignPreviewCard = async (entry: CampaignEntry): Promise<ArticleCard> => {
  const members = (await campaignMembers()).get(entry.id);
  const c = entry.data;
  return campaignCard({
    site: t('site.name'),
    name: c.name,
    launchedBy: c.launched_by,
    period: campaignPeriod(c),
    directives: members?.directives.length ?? 0,
    news: members?.news.length ?? 0,
  });
};

/** BaseLayout's `image` and `imageAlt` for a news page. */
export const newsPreview = (p: Portal, entry: NewsEntry): { image: string; imageAlt: string } => ({
  image: newsImagePath(entry.id),
  imageAlt: articleCardAlt(newsPreviewCard(p, entry)),
});

/** BaseLayout's `image` and `imageAlt` for a campaign page. */
export const campaignPreview = async (entry: CampaignEntry): Promise<{ image: string; imageAlt: string }> => ({
  image: campaignImagePath(entry.id),
  imageAlt: articleCardAlt(await campaignPreviewCard(entry)),
});
