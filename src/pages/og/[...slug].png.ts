/**
 * Preview images of unit pages, /og/<unit slug>.png (1200×630 PNG), for communes and current provinces.
 * Drawn at build time from the same data as the page; a card whose data did not change since the last
 * build is copied from the cache (src/site/og-image.ts) instead of being drawn again.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { portal } from '../../site/portal.ts';
import { unitCard } from '../../site/unit-preview.ts';
import { cardKey, cardPng, prepareCards } from '../../site/og-image.ts';
import { previewSlug, unitImagePath } from '../../lib/og/image-path.ts';
import type { UnitCard } from '../../lib/og/unit-card.ts';

const cards = new Map<string, UnitCard>();
let prepared: Promise<unknown> | undefined;

export const getStaticPaths = (async () => {
  const p = await portal();
  return p.units.flatMap((unit) => {
    const path = unitImagePath(unit);
    const card = unitCard(p, unit);
    if (!path || !card) return [];
    cards.set(path, card);
    // cacheKey: with Astro's experimental incremental build, an unchanged image is not even copied again.
    return [{ params: { slug: previewSlug(unit) }, props: { card }, cacheKey: cardKey(card) }];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  // In a build, the first image waits while every missing one is drawn in parallel; the rest are then
  // read from the cache. The dev server draws only the image asked for.
  if (!import.meta.env.DEV) {
    prepared ??= prepareCards(cards).then((s) => console.info(`[ntm:og] ${s.total} ảnh xem trước: vẽ mới ${s.drawn}, lấy từ bộ nhớ đệm ${s.total - s.drawn} (${s.ms} ms)`));
    await prepared;
  }
  return new Response(new Uint8Array(await cardPng((props as { card: UnitCard }).card)), { headers: { 'Content-Type': 'image/png' } });
};
