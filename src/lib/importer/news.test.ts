import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toLines } from './lines.ts';
import { readNews } from './news.ts';

const fixture = readFileSync(new URL('./fixtures/invented-tin-tuc.txt', import.meta.url), 'utf8');

describe('readNews', () => {
  const n = readNews(toLines(fixture));

  it('reads the headline under the breadcrumbs, the date line, the byline and the site name', () => {
    expect(n).toMatchObject({
      title: 'Mộ Đức rà soát tiêu chí xã nông thôn mới nâng cao',
      date: { iso: '2024-03-14' },
      dateSource: 'published',
      retrieved: '2024-03-15',
      author: 'Minh Anh',
      sourceName: 'Cổng thông tin điện tử huyện Mộ Đức',
    });
  });

  it('keeps the article text and drops every piece of page furniture', () => {
    const body = n.body.join('\n');
    expect(n.body.filter((l) => l !== '')).toHaveLength(3);
    expect(body).toMatch(/^Ngày 12\/3\/2024, Sở Nông nghiệp/u);
    for (const leftover of ['Lượt xem', 'Cỡ chữ', 'Chia sẻ', 'In bài', 'Trang chủ', 'Tin liên quan', 'Hội nghị giao ban', 'Đang online', 'truy cập', 'Điện thoại', 'Bản quyền', 'Minh Anh']) {
      expect(body, leftover).not.toContain(leftover);
    }
    expect(n.dropped).toBeGreaterThanOrEqual(15);
  });

  it('falls back to the year of the first event when the page shows no date', () => {
    const page = ['Huyện A ra quân làm đường', 'Ngày 20 tháng 5 năm 2023, huyện A ra quân làm đường giao thông nông thôn.', '', 'Lan Hương (tổng hợp)'].join('\n');
    expect(readNews(toLines(page))).toMatchObject({ date: { iso: '2023' }, dateSource: 'lead', author: 'Lan Hương', retrieved: null });
  });

  it('keeps a paragraph that mentions a telephone number: only short lines are furniture', () => {
    const paragraph = `Người dân phản ánh qua đường dây nóng, điện thoại: 0255.3000000, ${'để chính quyền xã kịp thời xử lý các kiến nghị về giao thông nông thôn '.repeat(2)}.`;
    const page = ['Tiêu đề bài viết', paragraph, 'Thanh Bình'].join('\n');
    expect(readNews(toLines(page)).body).toEqual([paragraph]);
  });
});
