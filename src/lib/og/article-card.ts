/**
 * What the preview image of a news or campaign page says: a kicker line (what the page is, its date
 * and source), the title, and a few lines of detail. Formatted here, once, so the image, its alt text
 * and its cache key come from the same values. Pure: the caller looks the data up.
 */
import { t } from '../../i18n/vi.ts';
import { formatInteger } from '../format/number.ts';

/** Everything an article card shows. */
export interface ArticleCard {
  kind: 'article';
  site: string;
  /** The line above the title: "Tin tức · 19/01/2023 · Báo Kon Tum". */
  kicker: string;
  title: string;
  /** Lines under the title. */
  details: string[];
  illustrative?: string;
}

/** What a news card is made from (dates already formatted). */
export interface NewsCardInput {
  site: string;
  title: string;
  date: string;
  source: string;
  campaigns: string[];
  places: string[];
}

/** The card of a news page. */
export const newsCard = (input: NewsCardInput): ArticleCard => ({
  kind: 'article',
  site: input.site,
  kicker: [t('og.news'), input.date, input.source].filter(Boolean).join(' · '),
  title: input.title,
  details: [
    input.campaigns.length ? `${t('news.campaigns')}: ${input.campaigns.join('; ')}` : '',
    input.places.join(', '),
  ].filter(Boolean),
});

/** What a campaign card is made from. */
export interface CampaignCardInput {
  site: string;
  name: string;
  launchedBy?: string;
  /** "2020 – …", or undefined when neither end is known. */
  period?: string;
  directives: number;
  news: number;
}

/** The card of a campaign page: who launched it, when, and how much the portal holds about it. */
export const campaignCard = (input: CampaignCardInput): ArticleCard => ({
  kind: 'article',
  site: input.site,
  kicker: [t('og.campaign'), input.period].filter(Boolean).join(' · '),
  title: input.name,
  details: [
    input.launchedBy ? `${t('campaign.launchedBy')}: ${input.launchedBy}` : '',
    t('og.campaignHeld', { directives: formatInteger(input.directives), news: formatInteger(input.news) }),
  ].filter(Boolean),
});

/** The card's alternative text: everything it says, in reading order. */
export const articleCardAlt = (card: ArticleCard): string =>
  t('og.alt', { text: `${[card.kicker, card.title, ...card.details, card.illustrative].filter(Boolean).join('. ')}.` });
