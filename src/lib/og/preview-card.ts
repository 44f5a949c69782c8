/** Any preview card: a unit's (communes, provinces) or an article's (news, campaigns). */
import { articleCardAlt, type ArticleCard } from './article-card.ts';
import { cardAlt, type UnitCard } from './unit-card.ts';

export type PreviewCard = UnitCard | ArticleCard;

export const isArticleCard = (card: PreviewCard): card is ArticleCard => 'kind' in card && card.kind === 'article';

/** The alternative text of any card. */
export const previewAlt = (card: PreviewCard): string => (isArticleCard(card) ? articleCardAlt(card) : cardAlt(card));
