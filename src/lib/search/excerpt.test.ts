import { describe, expect, it } from 'vitest';
import { markedCount, ownExcerpt, type ExcerptPart } from './excerpt.ts';

const render = (parts: ExcerptPart[] | null) => parts?.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('markedCount', () => {
  it('counts the different query words Pagefind marked, compared folded', () => {
    expect(markedCount('Ông <mark>Trần</mark> <mark>Quang</mark> Định và <mark>trần</mark>', ['tran', 'quang', 'dinh'])).toBe(2);
    expect(markedCount('Nothing marked', ['dien'])).toBe(0);
  });
});

describe('ownExcerpt', () => {
  const content = 'Phần mở đầu dài. '.repeat(10) + 'Ông Trần Quang Định, Chủ tịch xã Đại Đồng, chủ trì. Phần cuối.';

  it('marks words typed with d for đ where Pagefind marked nothing', () => {
    expect(render(ownExcerpt('Phần mở đầu dài.', content, ['dai', 'dong'], 8))).toBe('… Chủ tịch xã [Đại] [Đồng,] chủ trì. Phần …');
  });

  it('takes the stretch with the most different query words, and marks every word a query word begins', () => {
    expect(render(ownExcerpt('Ông <mark>Trần</mark> <mark>Quang</mark> Định', content, ['tran', 'quang', 'dinh'], 6))).toBe('… đầu dài. Ông [Trần] [Quang] [Định,] …');
  });

  it('leaves Pagefind’s excerpt when it already marks as many query words', () => {
    expect(ownExcerpt('Ông <mark>Trần</mark> <mark>Quang</mark>', content, ['tran', 'quang'])).toBeNull();
    expect(ownExcerpt('', content, ['xyz'])).toBeNull();
  });

  it('marks a document number whatever its punctuation or leading zero', () => {
    const text = 'Thực hiện Chỉ thị 04/CT-UBND. của UBND tỉnh';
    expect(render(ownExcerpt('', text, ['4ctubnd']))).toBe('Thực hiện Chỉ thị [04/CT-UBND.] của UBND tỉnh');
    expect(render(ownExcerpt('', 'Công văn 512/SNN-VPĐP ngày', ['512snnvpdp']))).toBe('Công văn [512/SNN-VPĐP] ngày');
  });
});
