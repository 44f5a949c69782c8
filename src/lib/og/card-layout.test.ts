import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, cardElement, cardTexts, type CardNode } from './card-layout.ts';
import { communeCard, provinceCard, type CriterionMark } from './unit-card.ts';
import { newsCard } from './article-card.ts';

const nodes = (n: CardNode): CardNode[] => [n, ...(typeof n.props.children === 'string' ? [] : (n.props.children ?? []).flatMap(nodes))];
const squares = (n: CardNode) => nodes(n).filter((x) => x.props.style.width === x.props.style.height && typeof x.props.style.width === 'number' && x !== n);

const card = (met: number, total: number, extra: { illustrative?: boolean; level?: boolean } = {}) =>
  communeCard({
    site: 'Cổng thử',
    name: 'Xã Đồng Tháp Mười',
    ancestors: ['Tỉnh Đồng Tháp'],
    level: extra.level ? { name: 'Xã nông thôn mới nâng cao', year: 2023, illustrative: false } : undefined,
    latest: {
      met,
      total,
      year: 2025,
      setName: 'Bộ tiêu chí thử',
      illustrative: !!extra.illustrative,
      marks: Array.from({ length: total }, (_, i): CriterionMark => (i < met ? 'met' : 'not-met')),
    },
  });

describe('cardElement', () => {
  it('is a 1200×630 tree with the name, province, level, score, year, set and site in it', () => {
    const tree = cardElement(card(14, 19, { level: true }));
    expect(tree.props.style).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(cardTexts(tree)).toEqual([
      'Cổng thử',
      'Xã Đồng Tháp Mười',
      'Tỉnh Đồng Tháp',
      'Mức đạt chuẩn: Xã nông thôn mới nâng cao (2023)',
      '14/19 tiêu chí',
      'Đánh giá năm 2025',
      'Bộ tiêu chí thử',
    ]);
  });

  it.each([
    [7, 10],
    [14, 19],
    [3, 5],
  ])('draws %i of %i: the text and one square per criterion of the set', (met, total) => {
    const tree = cardElement(card(met, total));
    expect(cardTexts(tree)).toContain(`${met}/${total} tiêu chí`);
    expect(squares(tree)).toHaveLength(total);
  });

  it('shows the "Dữ liệu minh họa" mark only for invented data', () => {
    expect(cardTexts(cardElement(card(1, 10, { illustrative: true })))).toContain('Dữ liệu minh họa');
    expect(cardTexts(cardElement(card(1, 10)))).not.toContain('Dữ liệu minh họa');
  });

  it('uses solid colours only (a gradient would make the PNG about five times larger)', () => {
    const styles = JSON.stringify(nodes(cardElement(card(5, 19, { illustrative: true }))).map((n) => n.props.style));
    expect(styles).not.toMatch(/gradient|url\(/i);
  });

  it('keeps the strip of a long set inside the card', () => {
    const tree = cardElement(card(40, 60));
    const [first] = squares(tree);
    expect(60 * ((first!.props.style.width as number) + 8)).toBeLessThanOrEqual(CARD_WIDTH - 128 + 8);
  });

  it('lays out a province card without a strip', () => {
    const tree = cardElement(provinceCard({ site: 'S', name: 'Tỉnh Lai Châu', communes: 38 }));
    expect(cardTexts(tree)).toEqual(['S', 'Tỉnh Lai Châu', '38 xã, phường, đặc khu', 'Chưa có kết quả đánh giá tiêu chí']);
    expect(squares(tree)).toHaveLength(0);
  });
});

describe('cardElement for articles', () => {
  const article = (title: string) => newsCard({ site: 'Cổng thử', title, date: '19/01/2023', source: 'Báo thử', campaigns: ['Phong trào A'], places: ['Tỉnh B'] });
  const titleNode = (tree: CardNode, title: string) => nodes(tree).find((n) => typeof n.props.children === 'string' && title.startsWith(n.props.children.replace(/…$/, '')) && n.props.children.length > 10)!;

  it('shows the kicker, the title and the details in a 1200×630 tree', () => {
    const tree = cardElement(article('Một tiêu đề ngắn của tin'));
    expect(tree.props.style).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(cardTexts(tree)).toEqual(['Cổng thử', 'Tin tức · 19/01/2023 · Báo thử', 'Một tiêu đề ngắn của tin', 'Phong trào: Phong trào A', 'Tỉnh B']);
  });

  it('sets a long title smaller than a short one, and cuts one too long for the card', () => {
    const short = 'Ngày thứ 7 vì nông thôn mới';
    const long = 'Huyện ủy ban hành công văn về tiếp tục đẩy mạnh thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, nông thôn mới nâng cao và kiểu mẫu trên địa bàn huyện trong năm 2023';
    const huge = `${long} ${long} ${long}`;
    const size = (title: string) => titleNode(cardElement(article(title)), title).props.style.fontSize as number;
    expect(size(long)).toBeLessThan(size(short));
    expect(titleNode(cardElement(article(huge)), huge).props.children).toMatch(/…$/);
  });
});
