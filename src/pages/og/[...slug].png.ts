/**
 * Preview images, /og/<slug>.png (1200×630 PNG): unit pages (communes and current provinces, at the
 * unit page's path) and news and campaign pages (/og/tin-tuc/<id>.png, /og/phong-trao/<id>.png).
 * Drawn at build time from the same data as the page; a card whose data did not change since the last
 * build is copied from the cache (src/site/og-image.ts) instead of being drawn again.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { portal } from '../../site/portal.ts';
import { unitCard } from '../../site/unit-preview.ts';
import { campaignPreviewCard, newsPreviewCard } from '../../site/article-preview.ts';
import { cardKey, cardPng, prepareCards } from '../../site/og-image.ts';
import { campaignImagePath, newsImagePath, unitImagePath } from '../../lib/og/image-path.ts';
import type { PreviewCard } from '../../lib/og/preview-card.ts';

const cards = new Map<string, PreviewCard>();
let prepared: Promise<unknown> | undefined;

export const getStaticPaths = (async () => {
  const p = await portal();
  const all: [string, PreviewCard | undefined][] = [
    ...p.units.map((unit): [string, PreviewCard | undefined] => [unitImagePath(unit) ?? '', unitCard(p, unit)]),
    ...p.news.map((entry): [string, PreviewCard] => [newsImagePath(entry.id), newsPreviewCard(p, entry)]),
    ...(await Promise.all(p.campaigns.map(async (entry): Promise<[string, PreviewCard]> => [campaignImagePath(entry.id), await campaignPreviewCard(entry)]))),
  ];
  return all.flatMap(([path, card]) => {
    if (!path || !card) return [];
    cards.set(path, card);
    // cacheKey: with Astro's experimental incremental build, an unchanged image is not even copied again.
    return [{ params: { slug: path.slice('/og/'.length, -'.png'.length) }, props: { card }, cacheKey: cardKey(card) }];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  // In a build, the first image waits while every missing one is drawn in parallel; the rest are then
  // read from the cache. The dev server draws only the image asked for.
  if (!import.meta.env.DEV) {
    prepared ??= prepareCards(cards).then((s) => console.info(`[ntm:og] ${s.total} ảnh xem trước: vẽ mới ${s.drawn}, lấy từ bộ nhớ đệm ${s.total - s.drawn} (${s.ms} ms)`));
    await prepared;
  }
  return new Response(new Uint8Array(await cardPng((props as { card: PreviewCard }).card)), { headers: { 'Content-Type': 'image/png' } });
};
