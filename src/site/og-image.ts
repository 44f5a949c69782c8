/**
 * Draws preview cards as PNG (satori lays the element tree out as SVG, resvg rasterises it) and keeps
 * them in a cache directory keyed by what they show, so a build redraws only the cards whose data
 * changed. Next to each `<key>.png` the cache keeps `<key>.json`: the card and its element tree, the
 * image's source in readable form. `manifest.json` maps each image path to its key.
 *
 * The cache lives in .cache/og/ (OG_CACHE_DIR to move it); CI should restore it between builds.
 * Fonts: the site's Be Vietnam Pro from @fontsource/be-vietnam-pro, as its .woff files (satori reads
 * TTF, OTF and WOFF, not WOFF2), one family name per subset (see CARD_FONT_FAMILIES).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import { CARD_FONT_FAMILIES, CARD_FONT_WEIGHTS, CARD_HEIGHT, CARD_TEMPLATE_VERSION, CARD_WIDTH, cardElement } from '../lib/og/card-layout.ts';
import { cardCacheKey, type CardRenderer } from '../lib/og/cache-key.ts';
import type { PreviewCard } from '../lib/og/preview-card.ts';
import { encodePngAsync } from '../lib/og/png.ts';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const versionOf = (name: string) => (JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string }).version;

/** Directory of cached images. */
export const ogCacheDir = (): string => resolve(process.env.OG_CACHE_DIR ?? '.cache/og');

interface Fonts {
  list: { name: string; data: Buffer; weight: (typeof CARD_FONT_WEIGHTS)[number]; style: 'normal' }[];
  hash: string;
}
let fonts: Fonts | undefined;
const loadFonts = (): Fonts => {
  if (fonts) return fonts;
  const dir = join(packageDir('@fontsource/be-vietnam-pro'), 'files');
  const hash = createHash('sha256');
  const list: Fonts['list'] = [];
  for (const weight of CARD_FONT_WEIGHTS) {
    for (const [subset, name] of Object.entries(CARD_FONT_FAMILIES)) {
      const data = readFileSync(join(dir, `be-vietnam-pro-${subset}-${weight}-normal.woff`));
      hash.update(data);
      list.push({ name, data, weight, style: 'normal' });
    }
  }
  fonts = { list, hash: hash.digest('hex') };
  return fonts;
};

let renderer: CardRenderer | undefined;
/** What draws the cards: layout version, font hash, engine versions (part of every key). */
export const cardRenderer = (): CardRenderer =>
  (renderer ??= {
    template: CARD_TEMPLATE_VERSION,
    fonts: loadFonts().hash,
    engine: `satori@${versionOf('satori')} @resvg/resvg-js@${versionOf('@resvg/resvg-js')}`,
  });

/** The cache key of a card. */
export const cardKey = (card: PreviewCard): string => cardCacheKey(card, cardRenderer());

/** Draws a card: the SVG from satori and the PNG from resvg (rasterised off the main thread). */
export const drawCard = async (card: PreviewCard): Promise<{ svg: string; png: Buffer }> => {
  const svg = await satori(cardElement(card) as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: loadFonts().list,
    // Called for text no loaded font covers: fail the build rather than publish "missing glyph" boxes.
    loadAdditionalAsset: async (_code, segment) => {
      throw new Error(`Preview card of ${'title' in card ? card.title : card.name}: no font has a glyph for ${JSON.stringify(segment)}`);
    },
  });
  const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  // resvg writes RGBA; the card's few colours fit a palette, a third of the size (src/lib/og/png.ts).
  return { svg, png: await encodePngAsync(image.pixels, image.width, image.height) };
};

// Written under a temporary name and renamed, so an interrupted build never leaves half a file.
const writeAtomic = (file: string, data: string | Buffer) => {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
};

/** Statistics of the last `prepareCards` run (for the build log). */
export interface CacheStats {
  total: number;
  drawn: number;
  ms: number;
}

/** A card's PNG: from the cache, or drawn and cached. */
export const cardPng = async (card: PreviewCard): Promise<Buffer> => {
  const dir = ogCacheDir();
  const key = cardKey(card);
  const png = join(dir, `${key}.png`);
  if (existsSync(png)) return readFileSync(png);
  mkdirSync(dir, { recursive: true });
  const drawn = await drawCard(card);
  writeAtomic(join(dir, `${key}.json`), `${JSON.stringify({ card, element: cardElement(card) }, null, 1)}\n`);
  writeAtomic(png, drawn.png);
  return drawn.png;
};

/**
 * Makes sure every card is cached, drawing the missing ones a few at a time (resvg rasterises on
 * libuv's threads, so two cores draw about twice as fast), then writes the manifest and removes cached
 * images no card uses any more. `cards` maps each image's path to its card.
 */
export const prepareCards = async (cards: ReadonlyMap<string, PreviewCard>): Promise<CacheStats> => {
  const started = performance.now();
  const dir = ogCacheDir();
  mkdirSync(dir, { recursive: true });
  const keys = new Map([...cards].map(([path, card]) => [path, cardKey(card)]));
  const missing = [...cards].filter(([path]) => !existsSync(join(dir, `${keys.get(path)}.png`))).map(([, card]) => card);
  let next = 0;
  const worker = async () => {
    while (next < missing.length) await cardPng(missing[next++]!);
  };
  // One more than the cores: satori runs on the main thread while resvg and zlib run on libuv's.
  const concurrency = Number(process.env.OG_CONCURRENCY) || availableParallelism() + 1;
  await Promise.all(Array.from({ length: concurrency }, worker));
  const used = new Set(keys.values());
  for (const file of readdirSync(dir)) {
    const m = /^([0-9a-f]{64})\.(png|json)$/.exec(file);
    if (m && !used.has(m[1]!)) rmSync(join(dir, file));
  }
  writeAtomic(join(dir, 'manifest.json'), `${JSON.stringify(Object.fromEntries([...keys].sort(([a], [b]) => (a < b ? -1 : 1))), null, 1)}\n`);
  return { total: cards.size, drawn: missing.length, ms: Math.round(performance.now() - started) };
};
