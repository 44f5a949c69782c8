/**
 * The preview card's layout: a 1200×630 element tree in satori's object syntax (type, props.style,
 * props.children; no React, no JSX), built from a unit's or an article's card. Solid colours only: gradients make the PNG
 * about five times larger. Bump CARD_TEMPLATE_VERSION on any change here, so cached images are redrawn.
 */
import { t } from '../../i18n/vi.ts';
import type { CriterionMark, UnitCard } from './unit-card.ts';
import type { ArticleCard } from './article-card.ts';
import { isArticleCard, type PreviewCard } from './preview-card.ts';
import { fitTitle } from './fit-title.ts';

/** Part of every image's cache key: change it whenever the layout or its colours change. */
export const CARD_TEMPLATE_VERSION = 1;

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * The font's subsets (fontsource's files), each under its own family name: satori does not fall back
 * between files that share a name, so "Đ", "ữ" or "ệ" would be drawn as missing glyphs.
 */
export const CARD_FONT_FAMILIES = { latin: 'BVP Latin', vietnamese: 'BVP Vietnamese', 'latin-ext': 'BVP Latin Ext' } as const;
/** The two weights the site uses. */
export const CARD_FONT_WEIGHTS = [400, 600] as const;

/** A node of the element tree: what satori takes in place of a React element. */
export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode[] };
}

const COLORS = {
  background: '#0a4d2c',
  text: '#ffffff',
  muted: '#cfe3d6',
  accent: '#ffbf47',
  ink: '#1b1f1d',
  notMet: '#8fb9a0',
  notAssessed: '#2f6e4b',
};

const box = (style: Record<string, string | number>, children: CardNode[]): CardNode => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });
const text = (style: Record<string, string | number>, value: string): CardNode => ({ type: 'div', props: { style, children: value } });

const MARK_STYLE: Record<CriterionMark, Record<string, string | number>> = {
  met: { backgroundColor: COLORS.accent },
  'not-met': { border: `3px solid ${COLORS.notMet}` },
  'not-assessed': { backgroundColor: COLORS.notAssessed },
};

/** The strip of criteria: one square per criterion of the set, filled when met. */
const strip = (marks: readonly CriterionMark[]): CardNode[] => {
  if (!marks.length) return [];
  // Squares shrink for long sets so the strip never overflows the card.
  const size = Math.min(36, Math.floor((CARD_WIDTH - 128) / marks.length) - 8);
  return [box({ flexDirection: 'row', gap: 8, marginTop: 16 }, marks.map((m) => box({ width: size, height: size, borderRadius: 4, ...MARK_STYLE[m] }, [])))];
};

const PADDING_X = 64;

/** The card's frame: the site's name and the "Dữ liệu minh họa" badge on top, then the body. */
const frame = (card: PreviewCard, body: CardNode[]): CardNode =>
  box(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      flexDirection: 'column',
      padding: `52px ${PADDING_X}px`,
      backgroundColor: COLORS.background,
      color: COLORS.text,
      fontFamily: Object.values(CARD_FONT_FAMILIES).join(', '),
      fontWeight: 400,
    },
    [
      box({ flexDirection: 'row', justifyContent: 'space-between', alignItems: 'center', minHeight: 48 }, [
        text({ fontSize: 28, fontWeight: 600, color: COLORS.muted }, card.site),
        ...(card.illustrative
          ? [text({ fontSize: 26, fontWeight: 600, color: COLORS.ink, backgroundColor: COLORS.accent, padding: '6px 18px', borderRadius: 6 }, card.illustrative)]
          : []),
      ]),
      ...body,
    ],
  );

const unitBody = (card: UnitCard): CardNode[] => [
  box({ flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, [
    text({ fontSize: 78, fontWeight: 600, lineHeight: 1.1 }, card.name),
    ...(card.place ? [text({ fontSize: 36, color: COLORS.muted, marginTop: 10 }, card.place)] : []),
    ...(card.level ? [text({ fontSize: 30, marginTop: 18 }, `${t('og.level')}: ${card.level}`)] : []),
    ...(card.former ? [text({ fontSize: 26, color: COLORS.accent, marginTop: 10 }, card.former)] : []),
  ]),
  box({ flexDirection: 'column' }, [
    text({ fontSize: card.scored ? 60 : 40, fontWeight: 600, lineHeight: 1.1, color: card.scored ? COLORS.accent : COLORS.text }, card.headline),
    ...strip(card.marks),
    ...card.details.map((d, i) => text({ fontSize: 26, color: COLORS.muted, marginTop: i === 0 ? 14 : 2 }, d)),
  ]),
];

/** Height left for an article's title: the card less its padding, top row, kicker and two detail lines. */
export const ARTICLE_TITLE_HEIGHT = 320;

const articleBody = (card: ArticleCard): CardNode[] => {
  const title = fitTitle(card.title, CARD_WIDTH - 2 * PADDING_X, ARTICLE_TITLE_HEIGHT);
  return [
    box({ flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, [
      text({ fontSize: 30, fontWeight: 600, color: COLORS.accent, marginBottom: 16 }, card.kicker),
      text({ fontSize: title.size, fontWeight: 600, lineHeight: title.lineHeight }, title.text),
    ]),
    // Detail lines are kept to one line each: a long list of places is cut rather than pushed off the card.
    box({ flexDirection: 'column' }, card.details.slice(0, 2).map((d) => text({ fontSize: 26, color: COLORS.muted, marginTop: 4, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }, d))),
  ];
};

/** The element tree of a card. */
export const cardElement = (card: PreviewCard): CardNode => frame(card, isArticleCard(card) ? articleBody(card) : unitBody(card));

/** Every text of a tree, in order (for tests, and to check what an image says without decoding it). */
export const cardTexts = (node: CardNode): string[] =>
  typeof node.props.children === 'string' ? [node.props.children] : (node.props.children ?? []).flatMap(cardTexts);
