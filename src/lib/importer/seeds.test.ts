/**
 * The importer on the real documents in ../shared/seeds (read only, never copied into the project):
 * field by field, what a person reads in each, then a cross-check with the entries a person wrote
 * from the same seeds in content/. Skipped where the seeds are not present.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCampaigns, loadUnits } from '../../../scripts/import/project.ts';
import { importDirective, importNews, type Imported } from './import-document.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SEEDS = fileURLToPath(new URL('../shared/seeds/', `file://${ROOT}`));
const present = existsSync(SEEDS);
if (!present) console.warn(`Bỏ qua kiểm thử trên tài liệu mẫu: không có thư mục ${SEEDS}`);

const seed = (prefix: string): string => {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!name) throw new Error(`seed ${prefix} missing`);
  return readFileSync(SEEDS + name, 'utf8');
};
const committed = (path: string): Record<string, unknown> => parse(readFileSync(ROOT + path, 'utf8').split('---\n')[1]!) as Record<string, unknown>;
let project: { units: ReturnType<typeof loadUnits>; campaigns: ReturnType<typeof loadCampaigns> } | undefined;
const options = (file: string) => {
  project ??= { units: loadUnits(ROOT), campaigns: loadCampaigns(ROOT) };
  return { file, ...project, today: '2026-03-01' };
};
const serialOf = (e: Imported) => /^(\d*)/u.exec(String(e.data.number).replace(/~~[^~]*~~/gu, ''))![1] || null;
const warnedFields = (e: Imported) => e.warnings.map((w) => /\(trường "([^"]+)"\)/u.exec(w)?.[1]);

/** The fields a person filled in both the import and the hand-written entry. */
const PERSON_FIELDS = ['number', 'type', 'issuer', 'date', 'signer', 'distribution'] as const;
const signerOf = (s: unknown) => {
  const { name, title, authority, block } = s as Record<string, unknown>;
  return { name, title, authority, block };
};

describe.skipIf(!present)('importer on the seed directives', () => {
  it('000: a công văn copied without header, number and day left blank', () => {
    const e = importDirective(seed('000_'), options('000.txt'));
    expect(e.slug).toBe('ubnd-tp-quang-ngai-ubnd-kt-2024');
    expect(e.data.number).toBe('/UBND-KT');
    expect(serialOf(e)).toBeNull();
    expect(e.data).toMatchObject({
      type: 'cong-van',
      issuer: 'UBND thành phố Quảng Ngãi',
      place: 'TP. Quảng Ngãi',
      date: '2024',
      subject: 'V/v triển khai thực hiện Thông báo số 43/TB-UBND ngày 26/01/2024 của UBND tỉnh',
      recipients: [
        'Ủy ban MTTQVN thành phố và các Tổ chức Chính trị - Xã hội thành phố',
        'Các phòng, đơn vị thành phố',
        'UBND các xã',
      ],
      distribution: ['Như trên', 'Sở Nông nghiệp và PTNT tỉnh', 'CT, các PCT UBND TP', 'Văn phòng ĐP NTM tỉnh', 'C, PVP, CV (KT)', 'Lưu: VT, KT'],
      signer: { name: 'Nguyễn Lâm', title: 'Phó Chủ tịch', authority: 'KT.', block: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] },
      localities: ['522'],
      cites: [
        { number: '43/TB-UBND', date: '2024-01-26', issuer: 'UBND tỉnh Quảng Ngãi' },
        { number: '1528/QĐ-UBND', date: '2022-04-14', issuer: 'UBND thành phố Quảng Ngãi' },
      ],
    });
    // Guessed from the number, the place and the text: the publisher is told to check it.
    expect(warnedFields(e)).toEqual(['issuer', 'summary']);
    expect(e.body).toMatch(/^Thực hiện Thông báo số 43\/TB-UBND/u);
    expect(e.body).toContain('\n\n1. Các phòng, đơn vị thành phố:\n   - ');
    for (const part of ['Số:', 'Kính gửi', 'Nơi nhận', 'Lưu: VT', 'CHỦ TỊCH', 'Nguyễn Lâm']) expect(e.body, part).not.toContain(part);
  });

  it('002: a thông báo kết luận with number and day blank, signed TL.', () => {
    const e = importDirective(seed('002_'), options('002.txt'));
    expect(e.slug).toBe('ubnd-huyen-tan-uyen-tb-ubnd-2024');
    expect(e.data.number).toBe('/TB-UBND');
    expect(serialOf(e)).toBeNull();
    expect(e.data).toMatchObject({
      type: 'thong-bao',
      issuer: 'UBND huyện Tân Uyên',
      place: 'Tân Uyên',
      date: '2024-01',
      recipients: [],
      distribution: [
        'TT. Huyện ủy; (B/c)',
        'TT. HĐND huyện',
        'Chủ tịch, các PCT UBND huyện',
        'Các cơ quan, ban ngành, đoàn thể huyện',
        'UBND các xã, thị trấn',
        'Trang thông tin điện tử huyện (đăng tải)',
        'Lưu: VT, VP',
      ],
      signer: { name: 'Nguyễn Văn Sơn', title: 'Chánh Văn phòng', authority: 'TL.', block: ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG'] },
      localities: ['111'],
      cites: [],
    });
    const subject = String(e.data.subject);
    expect(subject.startsWith('Kết luận của')).toBe(true);
    expect(subject).toContain('Nguyễn Thanh Văn');
    expect(subject).toContain('03 Chương trình MTQG năm 2023');
    expect(subject.endsWith('năm 2024')).toBe(true);
    expect(warnedFields(e)).toEqual(['issuer', 'summary']);
    for (const part of ['THÔNG BÁO', 'Nơi nhận', 'CHÁNH VĂN PHÒNG', 'Nguyễn Văn Sơn']) expect(e.body, part).not.toContain(part);
  });

  it('004: a công văn with a struck serial, signed TM. / KT.', () => {
    const e = importDirective(seed('004_'), options('004.txt'));
    expect(e.slug).toBe('ubnd-tinh-quang-tri-20-ubnd-nn-2020');
    expect(e.data.number).toBe('~~26~~20/UBND-NN');
    expect(serialOf(e)).toBe('20');
    expect(e.data).toMatchObject({
      type: 'cong-van',
      issuer: 'UBND tỉnh Quảng Trị',
      place: 'Quảng Trị',
      date: '2020-06-15',
      subject: 'V/v đẩy mạnh thực hiện phong trào “Ngày thứ 7 vì nông thôn mới”',
      recipients: ['Các Sở, Ban, ngành cấp tỉnh', 'Ủy ban nhân các huyện, thị xã'],
      distribution: ['TT.Tỉnh ủy', 'TT.HĐND tỉnh', 'Ủy ban MTTQ Việt Nam tỉnh', 'Văn phòng Điều phối NTM tỉnh', 'Lưu: VT, NN'],
      signer: { name: 'Hà Sỹ Đồng', title: 'Phó Chủ tịch', authority: 'KT.', block: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] },
      campaigns: ['ngay-thu-7-vi-nong-thon-moi'],
      localities: ['45'],
      corrections: [{ field: 'number', original: '26', corrected: '20', note: 'Trên bản gốc, số 26 bị gạch bỏ và thay bằng số 20.' }],
      cites: [],
    });
    expect(warnedFields(e)).toEqual(['issuer', 'summary']);
  });

  it.each([
    ['000_', 'content/directives/ubnd-tp-quang-ngai-ubnd-kt-2024.md'],
    ['002_', 'content/directives/ubnd-huyen-tan-uyen-tb-ubnd-2024.md'],
    ['004_', 'content/directives/ubnd-tinh-quang-tri-20-ubnd-nn-2020.md'],
  ])('%s agrees with the entry a person wrote (%s)', (prefix, path) => {
    const e = importDirective(seed(prefix), options(prefix));
    const person = committed(path);
    expect(`content/directives/${e.slug}.md`).toBe(path);
    for (const field of PERSON_FIELDS) {
      if (field === 'signer') expect(signerOf(e.data.signer), field).toEqual(signerOf(person.signer));
      else expect(e.data[field], field).toEqual(person[field]);
    }
    // The person annotated a typo in the original ("(nguyên văn)"); the importer keeps the text as printed.
    expect(e.data.recipients).toEqual(((person.recipients as string[] | undefined) ?? []).map((r) => r.replace(/ \(nguyên văn\)$/u, '')));
    expect(e.data.localities).toEqual(person.localities);
    // The person kept the subject of 000 and 004 as printed and shortened that of 002.
    if (prefix !== '002_') expect(e.data.subject).toBe(person.subject);
    else expect(String(person.subject).startsWith('Kết luận của Chủ tịch UBND huyện Nguyễn Thanh Văn')).toBe(true);
    const personCites = (person.cites as { number: string; date?: string }[] | undefined) ?? [];
    expect((e.data.cites as { number: string; date?: string }[]).map((c) => [c.number, c.date])).toEqual(personCites.map((c) => [c.number, c.date]));
  });
});

describe.skipIf(!present)('importer on the seed news articles (--as news)', () => {
  it('001: a provincial portal page with a view counter and visitor statistics', () => {
    const e = importNews(seed('001_'), options('001.txt'));
    const person = committed('content/news/kon-tum-chi-thi-04-ct-ubnd-2023.md');
    expect(String(e.data.title).startsWith('Chỉ thị về tăng cường vai trò')).toBe(true);
    expect(e.data).toMatchObject({ date: '2023-02-02', author: 'Ngọc Nghĩa', retrieved: '2024-02-25' });
    expect(e.data.date).toBe(person.date);
    expect(e.data.author).toBe(person.author);
    expect(e.data.reports).toEqual([{ number: '04/CT-UBND', date: '2023-01-19' }]);
    // The irregular "81/ND-HĐND" survives as written.
    expect((e.data.cites as { number: string; date?: string }[]).map((c) => [c.number, c.date])).toEqual([
      ['06-NQ/ĐH', '2020-09-30'],
      ['81/ND-HĐND', '2022-12-09'],
      ['795/KH-UBND', '2022-12-09'],
    ]);
    for (const leftover of ['Lượt xem', 'Ngày đăng', 'Cỡ chữ', 'Chủ nhật', 'Tin video', 'Thống kê truy cập', 'online', 'lượt truy cập', 'Ngọc Nghĩa']) {
      expect(e.body, leftover).not.toContain(leftover);
    }
    expect(e.body).toMatch(/^Ngày 19\/01\/2023, Chủ tịch/u);
  });

  it('003: a district page without a date line, with a site footer', () => {
    const e = importNews(seed('003_'), options('003.txt'));
    const person = committed('content/news/tra-cu-cong-van-815-cv-hu-2023.md');
    expect(e.data).toMatchObject({
      title: person.title,
      date: '2023',
      author: 'Thanh Phong',
      source_name: 'Trang thông tin điện tử huyện Trà Cú',
      reports: [{ number: '815-CV/HU', date: '2023-04-12' }],
    });
    expect(e.data.date).toBe(person.date);
    expect(e.warnings.some((w) => w.includes('(trường "date")'))).toBe(true);
    const personCites = person.cites as { number: string; date: string }[];
    expect((e.data.cites as { number: string; date?: string }[]).map((c) => [c.number, c.date])).toEqual(personCites.map((c) => [c.number, c.date]));
    for (const leftover of ['BẢN ĐỒ HÀNH CHÍNH', 'Đăng nhập', 'Đang online', 'Hôm nay', 'TRANG THÔNG TIN', 'Điện thoại', 'Email', 'Designed by', 'Chung nhan', 'Thanh Phong']) {
      expect(e.body, leftover).not.toContain(leftover);
    }
  });
});
