/**
 * Sizes a long title for a preview card: the largest font size at which the whole title fits the
 * card's title area, or, for a title too long even at the smallest size, the title cut at a word with
 * "…". Satori wraps text but never shrinks or clips it, so a long title would run off the card.
 * Widths are estimated from an average glyph width (Be Vietnam Pro semibold, measured on Vietnamese
 * text with tone marks), rounded up so the estimate errs towards a smaller size.
 */

/** The sizes tried, largest first (px). */
export const TITLE_SIZES = [72, 64, 56, 50, 44, 40] as const;
/** Average glyph width as a share of the font size. */
const GLYPH_WIDTH = 0.56;
const LINE_HEIGHT = 1.15;

/** The title's text and font size. */
export interface FittedTitle {
  text: string;
  size: number;
  /** Line height in px, to lay the title out at the height the estimate assumed. */
  lineHeight: number;
}

/** How many lines `text` takes at `size` in a box `width` wide, wrapping at spaces as satori does. */
export const estimateLines = (text: string, size: number, width: number): number => {
  const perLine = Math.max(1, Math.floor(width / (size * GLYPH_WIDTH)));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    // A word longer than a line is broken, taking as many lines as it needs.
    const length = [...word].length;
    const needed = used === 0 ? length : used + 1 + length;
    if (needed <= perLine) used = needed;
    else {
      lines += used === 0 ? 0 : 1;
      lines += Math.floor((length - 1) / perLine);
      used = ((length - 1) % perLine) + 1;
    }
  }
  return lines;
};

/** The largest size at which `title` fits `width` × `height` px; cut with "…" when none does. */
export const fitTitle = (title: string, width: number, height: number): FittedTitle => {
  const text = title.replace(/\s+/gu, ' ').trim();
  const fits = (s: string, size: number) => estimateLines(s, size, width) * size * LINE_HEIGHT <= height;
  for (const size of TITLE_SIZES) if (fits(text, size)) return { text, size, lineHeight: LINE_HEIGHT };
  const size = TITLE_SIZES.at(-1)!;
  const words = text.split(' ');
  // Drop words from the end until the rest and the ellipsis fit.
  while (words.length > 1 && !fits(`${words.join(' ')}…`, size)) words.pop();
  let cut = words.join(' ').replace(/[\s,;:.–-]+$/u, '');
  // A single overlong word: cut it by characters.
  while (cut.length > 1 && !fits(`${cut}…`, size)) cut = [...cut].slice(0, -1).join('');
  return { text: `${cut}…`, size, lineHeight: LINE_HEIGHT };
};
