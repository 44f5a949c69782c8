import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pagefindIndex } from './pagefind.ts';

type Hook = (options: { dir: URL; logger: { info: (m: string) => void } }) => Promise<void>;
const buildDone = pagefindIndex().hooks['astro:build:done'] as unknown as Hook;

const dirs: string[] = [];
const site = (pages: Record<string, string>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-'));
  dirs.push(dir);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
  }
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const page = (body: string) => `<!doctype html><html lang="vi"><head><title>t</title></head><body>${body}</body></html>`;

describe('the Pagefind integration', () => {
  it('indexes only the pages marked data-pagefind-body and reports how many', async () => {
    const dir = site({
      'van-ban/a': page('<nav>Điều hướng</nav><article data-pagefind-body><h1>Công văn thử</h1><p>Nội dung thử nghiệm.</p></article>'),
      'dia-phuong/b': page('<main><h1>Xã không lập chỉ mục</h1></main>'),
    });
    const info = vi.fn();
    await buildDone({ dir: pathToFileURL(`${dir}/`), logger: { info } });
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages.vi?.page_count).toBe(1);
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(info).toHaveBeenCalledWith(expect.stringMatching(/^1 trang được lập chỉ mục tìm kiếm \(đã đọc 2 tệp HTML\)/));
    expect(info).toHaveBeenCalledWith(expect.stringMatching(/^chỉ mục tìm kiếm theo phần \(đã nén\): từ khóa [\d.]+ kB \(\d+ tệp\), bộ lọc .*đoạn trích [\d.]+ kB \(1 tệp\)$/));
  }, 30_000);

  it('leaves navigation, notices and numeric table cells of an indexed page out of its text', async () => {
    const dir = site({
      'ket-qua': page(
        '<div data-pagefind-body><h1>Kết quả</h1><nav>Trang chủ</nav><aside role="note">Dữ liệu minh họa</aside>' +
          '<table><tr><th>Tỉnh Lai Châu</th><td class="num">25.608,6</td></tr></table></div>',
      ),
    });
    await buildDone({ dir: pathToFileURL(`${dir}/`), logger: { info: () => {} } });
    const fragments = readdirSync(join(dir, 'pagefind', 'fragment'));
    expect(fragments).toHaveLength(1);
    const text = gunzipSync(readFileSync(join(dir, 'pagefind', 'fragment', fragments[0]!))).toString('utf8');
    expect(text).toContain('Tỉnh Lai Châu');
    for (const left of ['Trang chủ', 'minh họa', '25.608']) expect(text).not.toContain(left);
  }, 30_000);

  it('fails when there is nothing to index', async () => {
    const dir = site({});
    await expect(buildDone({ dir: pathToFileURL(`${dir}/`), logger: { info: () => {} } })).rejects.toThrow(/Pagefind.*no page was indexed/);
  }, 30_000);
});
