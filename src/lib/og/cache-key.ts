/**
 * The cache key of a preview image: a hash of exactly what the image shows (the card's text and
 * marks) and of what draws it (the layout's version, the font files, the renderer versions). Data
 * that the card does not show never changes the key, so a data commit redraws only the cards it touches.
 */
import { createHash } from 'node:crypto';
import type { PreviewCard } from './preview-card.ts';

/** What draws a card, besides the card itself. */
export interface CardRenderer {
  /** CARD_TEMPLATE_VERSION. */
  template: number;
  /** Hash of the font files. */
  fonts: string;
  /** Renderer packages and versions: "satori@0.63.2 @resvg/resvg-js@2.6.2". */
  engine: string;
}

/** JSON with object keys sorted and undefined fields left out, so equal data always gives equal text. */
export const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
};

/** SHA-256 of the card and its renderer, as 64 hex digits (the cached file's name). */
export const cardCacheKey = (card: PreviewCard, renderer: CardRenderer): string =>
  createHash('sha256').update(canonicalJson({ card, renderer })).digest('hex');
