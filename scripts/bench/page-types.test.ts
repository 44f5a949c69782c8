import { describe, expect, it } from 'vitest';
import { HTML_PAGE_TYPES, pageType } from './page-types.ts';

describe('pageType', () => {
  it.each([
    ['index.html', 'home'],
    ['404.html', 'not-found'],
    ['dia-phuong/index.html', 'units-index'],
    ['dia-phuong/03388-phuong-doan-ket/index.html', 'unit-commune'],
    ['/dia-phuong/86-tinh-vinh-long/', 'unit-province'],
    ['dia-phuong/truoc-2025/29489-xa-ham-tan/index.html', 'unit-old-commune'],
    ['dia-phuong/truoc-2025/849-huyen-tra-cu/index.html', 'unit-old-district'],
    ['dia-phuong/truoc-2025/84-tinh-tra-vinh/index.html', 'unit-old-province'],
    ['dia-phuong/29489/index.html', 'unit-redirect'],
    ['dia-phuong/truoc-2025/29489/index.html', 'unit-redirect'],
    ['van-ban/index.html', 'directive-list'],
    ['van-ban/trang/3/index.html', 'directive-list'],
    ['van-ban/loai/cong-van/index.html', 'directive-facet'],
    ['van-ban/co-quan/index.html', 'directive-facet'],
    ['van-ban/ubnd-tinh-quang-tri-20-ubnd-nn-2020/index.html', 'directive'],
    ['van-ban/ubnd-tinh-quang-tri-20-ubnd-nn-2020.json', 'directive-json'],
    ['van-ban/atom.xml', 'feed'],
    ['tin-tuc/index.html', 'news-list'],
    ['tin-tuc/nam/2023/index.html', 'news-list'],
    ['tin-tuc/kon-tum-chi-thi-04-ct-ubnd-2023/index.html', 'news'],
    ['phong-trao/index.html', 'campaign-index'],
    ['phong-trao/ngay-thu-7-vi-nong-thon-moi/index.html', 'campaign'],
    ['phong-trao/ngay-thu-7-vi-nong-thon-moi/atom.xml', 'feed'],
    ['tim-kiem/index.html', 'search'],
    ['ket-qua/index.html', 'results'],
    ['du-lieu/units/12-lai-chau.csv', 'data'],
    ['og/truoc-2025/29489-xa-ham-tan.png', 'og-image'],
    ['pagefind/pagefind.js', 'pagefind'],
    ['_astro/BaseLayout.UhcM5S59.css', 'asset'],
    ['sitemap-0.xml', 'sitemap'],
  ])('%s is a %s', (path, type) => {
    expect(pageType(path)).toBe(type);
  });

  it('weighs only pages a reader lands on', () => {
    expect(HTML_PAGE_TYPES).toContain('unit-commune');
    expect(HTML_PAGE_TYPES).not.toContain('og-image');
    expect(HTML_PAGE_TYPES).not.toContain('directive-json');
  });
});
