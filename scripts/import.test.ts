import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { IMPORTED_DEMO_ID } from '../tests/support/demo.ts';

const SCRIPT = fileURLToPath(new URL('./import.ts', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../src/lib/importer/fixtures/', import.meta.url));
const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** How the demo entry was imported: its source says it is invented. */
export const DEMO_SOURCE = 'Văn bản minh họa: do dự án tự soạn cho bản trình diễn, không phải văn bản thật';
const DEMO_ENTRY = `content/directives/${IMPORTED_DEMO_ID}.md`;

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ntm-import-cli-'));
  temps.push(dir);
  return dir;
};
const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });

// Each case starts node; under a loaded test run that takes a few seconds.
describe('npm run import', { timeout: 30_000 }, () => {
  it('writes the entry, prints each field found and a warning per field to check', () => {
    const out = tempDir();
    const r = run(FIXTURES + 'invented-thong-bao.txt', '--out', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const target = join(out, 'ubnd-huyen-mo-duc-tb-ubnd-2024.md');
    expect(existsSync(target)).toBe(true);
    expect(readFileSync(target, 'utf8')).toMatch(/^---\n# Nhập bằng npm run import từ invented-thong-bao\.txt;[^\n]*\nnumber: "\/TB-UBND"\ntype: thong-bao\n/u);
    const lines = r.stdout.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        '== invented-thong-bao.txt (văn bản chỉ đạo)',
        '  number: /TB-UBND (bản gốc để trống số)',
        '  issuer: UBND huyện Mộ Đức',
        '  date: 2024-02 (bản gốc để trống ngày)',
        '  signer: Trần Văn B — TL. Chánh Văn phòng — [TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG]',
        '  localities: 533 (theo cơ quan ban hành và data/units)',
        'Cảnh báo:',
        '  ! invented-thong-bao.txt: tóm tắt (trường "summary") đang tạm lấy trích yếu; hãy thay bằng một hai câu tóm tắt bằng lời của đơn vị.',
        `Đã ghi ${target}`,
        'Đã đọc 1 tệp, ghi 1 tệp, 1 cảnh báo, 0 lỗi. Kiểm tra từng trường rồi chạy: npm run validate',
      ]),
    );
  });

  it('keeps an existing file unless --force', () => {
    const out = tempDir();
    const target = join(out, 'ubnd-huyen-mo-duc-tb-ubnd-2024.md');
    writeFileSync(target, 'sửa tay\n');
    const kept = run(FIXTURES + 'invented-thong-bao.txt', '--out', out);
    expect(kept.status).toBe(1);
    expect(kept.stderr).toContain(`${target} đã có; không ghi đè. Thêm --force nếu muốn thay tệp này.`);
    expect(readFileSync(target, 'utf8')).toBe('sửa tay\n');
    const forced = run(FIXTURES + 'invented-thong-bao.txt', '--out', out, '--force');
    expect(forced.status).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^---\n/u);
  });

  it('exits with 1 on a file it cannot read and still imports the others', () => {
    const out = tempDir();
    const missing = join(out, 'khong-co.txt');
    const r = run(missing, FIXTURES + 'invented-thong-bao.txt', '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${missing}: không đọc được tệp (không có tệp này).`);
    expect(existsSync(join(out, 'ubnd-huyen-mo-duc-tb-ubnd-2024.md'))).toBe(true);
    expect(r.stdout).toContain('Đã đọc 2 tệp, ghi 1 tệp, 1 cảnh báo, 1 lỗi.');
  });

  it('imports a news article with --as news', () => {
    const out = tempDir();
    const r = run('--as', 'news', FIXTURES + 'invented-tin-tuc.txt', '--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('== invented-tin-tuc.txt (tin tức)');
    const text = readFileSync(join(out, 'mo-duc-ra-soat-tieu-chi-xa-nong-2024.md'), 'utf8');
    expect(text).toContain('title: Mộ Đức rà soát tiêu chí xã nông thôn mới nâng cao\ndate: "2024-03-14"\nauthor: Minh Anh\n');
    expect(text).not.toMatch(/Lượt xem|Bản quyền/u);
  });

  it('explains its usage on arguments it does not understand', () => {
    for (const args of [[], ['--as', 'bao'], ['a.txt', '--loai'], ['a.txt', '--out'], ['a.txt', '--as', 'news', '--illustrative']]) {
      const r = run(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('Cách dùng: npm run import -- <tệp.txt>');
    }
  });

  it('reproduces the committed demo entry byte for byte from the invented công văn', () => {
    const out = tempDir();
    const r = run(FIXTURES + 'invented-cong-van.txt', '--out', out, '--source-name', DEMO_SOURCE, '--illustrative');
    expect(r.status).toBe(0);
    const made = readFileSync(join(out, DEMO_ENTRY.split('/').pop()!), 'utf8');
    expect(made).toBe(readFileSync(ROOT + DEMO_ENTRY, 'utf8'));
    expect(made).toContain(`source_name: "${DEMO_SOURCE}"`);
    expect(made).toMatch(/^---\n#[^\n]*\nillustrative: 1\nnumber: "512\/SNN-VPĐP"\n/u);
  });
});
