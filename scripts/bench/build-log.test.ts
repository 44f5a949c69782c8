import { describe, expect, it } from 'vitest';
import { parseBuildLog, parseDuration } from './build-log.ts';

describe('parseDuration', () => {
  it('reads the forms Astro prints', () => {
    expect(parseDuration('850ms')).toBe(850);
    expect(parseDuration('10.81s')).toBe(10_810);
    expect(parseDuration('7m 52s')).toBe(472_000);
    expect(parseDuration('1h 2m 3s')).toBe(3_723_000);
    expect(parseDuration('soon')).toBeUndefined();
  });
});

// Lines in the shape of an `astro build` log of the portal (times and counts made up), with the
// stamp the benchmark puts on each line as it arrives.
const LOG = [
  [100, '04:00:01 [ntm:validate-data] 8593 dòng dữ liệu, 383 văn bản/tin hợp lệ (2784 ms)'],
  [3_000, '04:00:04 [content] Syncing content'],
  [9_500, '04:00:10 [content] Synced content'],
  [9_600, '04:00:10 [build] Collecting build info...'],
  [9_700, '04:00:10 [build] ✓ Completed in 9.20s.'],
  [9_800, '04:00:10 [build] Building static entrypoints...'],
  [20_000, '04:00:20 [vite] ✓ built in 9.22s'],
  [21_000, ' generating static routes '],
  [21_100, '04:00:21   ├─ /404.html (+148ms) '],
  [21_300, '04:00:21   ├─ /og/truoc-2025/03386-phuong-quyet-thang.png[ntm:og] 145 ảnh xem trước: vẽ mới 143, lấy từ bộ nhớ đệm 2 (23050 ms)'],
  [44_400, ' (+23.05s) '],
  [44_500, '04:00:44   └─ /dia-phuong/03388-phuong-doan-ket/index.html (+4ms) '],
  [45_000, '04:00:45 ✓ Completed in 24.00s.'],
  [45_100, '04:00:45 [build] ✓ Completed in 35.20s.'],
  [45_700, '04:00:45 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`'],
  [50_000, '04:00:50 [ntm:pagefind] 537 trang được lập chỉ mục tìm kiếm (đã đọc 821 tệp HTML): chỉ mục 519 kB, cả thư mục pagefind/ 1030 kB (4012 ms)'],
  [50_100, '04:00:50 [build] 821 page(s) built in 48.10s'],
].map(([ms, text]) => ({ ms: ms as number, text: text as string }));

describe('parseBuildLog', () => {
  const p = parseBuildLog(LOG);

  it('reads each phase from its line or from the stamps around it', () => {
    expect(p).toMatchObject({
      validateMs: 2784,
      contentSyncMs: 6_500,
      collectMs: 9_200,
      bundleMs: 11_200,
      prerenderMs: 24_000,
      ogMs: 23_050,
      ogDrawn: 143,
      ogTotal: 145,
      sitemapMs: 700,
      pagefindMs: 4012,
      pagefindPages: 537,
      pages: 821,
      astroTotalMs: 48_100,
    });
  });

  it('keeps each route with its time, also when the time comes on the next line', () => {
    expect(p.routes).toEqual([
      { path: '/404.html', ms: 148 },
      { path: '/og/truoc-2025/03386-phuong-quyet-thang.png', ms: 23_050 },
      { path: '/dia-phuong/03388-phuong-doan-ket/index.html', ms: 4 },
    ]);
  });

  it('ignores colour codes and leaves out what the log lacks', () => {
    const coloured = parseBuildLog([{ ms: 5, text: '\u001b[2m04:00:01\u001b[22m \u001b[34m[ntm:validate-data]\u001b[39m 1 dòng dữ liệu (12 ms)' }]);
    expect(coloured.validateMs).toBe(12);
    expect(coloured.pagefindMs).toBeUndefined();
    expect(coloured.routes).toEqual([]);
  });
});
