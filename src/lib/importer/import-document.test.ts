import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { directiveSchema } from '../../schemas/directive.ts';
import { newsSchema } from '../../schemas/news.ts';
import { checkFrontmatter, parseMarkdown } from '../validate/frontmatter.ts';
import { importDirective, importNews, UNNAMED_SOURCE, type Imported } from './import-document.ts';
import type { NamedUnit } from './localities.ts';
import { toMarkdown } from './to-markdown.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const UNITS: NamedUnit[] = [
  { code: '51', name: 'Quảng Ngãi', kind: 'tỉnh', valid_to: '2025-06-30' },
  { code: '533', name: 'Mộ Đức', kind: 'huyện', parent_code: '51', valid_to: '2025-06-30' },
  { code: '849', name: 'Trà Cú', kind: 'huyện', parent_code: '84', valid_to: '2025-06-30' },
];
const CAMPAIGNS = [{ id: 'ngay-thu-7-vi-nong-thon-moi', name: 'Ngày thứ 7 vì nông thôn mới' }];
const options = (file: string) => ({ file, units: UNITS, campaigns: CAMPAIGNS, today: '2026-03-01' });

/** The entry's front matter as the validator reads it; fails the test with the validator's messages. */
const validated = <S extends typeof directiveSchema | typeof newsSchema>(entry: Imported, schema: S): z.output<S> | undefined => {
  const { parsed, issues } = parseMarkdown(toMarkdown(entry, 'x.txt'), 'x.md');
  expect(issues).toEqual([]);
  const checked = checkFrontmatter(schema, parsed!, 'x.md', () => undefined);
  expect(checked.issues).toEqual([]);
  return checked.data as z.output<S> | undefined;
};

describe('importDirective on an invented thông báo (CRLF, Ð, blank number and day, TL. block)', () => {
  const entry = importDirective(fixture('invented-thong-bao.txt'), options('invented-thong-bao.txt'));

  it('reads every field of the header and the signature', () => {
    expect(entry.slug).toBe('ubnd-huyen-mo-duc-tb-ubnd-2024');
    expect(entry.data).toMatchObject({
      number: '/TB-UBND',
      type: 'thong-bao',
      issuer: 'UBND huyện Mộ Đức',
      place: 'Mộ Đức',
      date: '2024-02',
      subject: 'Kết luận của Phó Chủ tịch UBND huyện tại buổi làm việc về tiến độ xây dựng xã nông thôn mới nâng cao năm 2024',
      recipients: [],
      distribution: ['TT Huyện ủy (b/c)', 'CT, các PCT UBND huyện', 'Phòng Nông nghiệp và PTNT', 'UBND các xã Đức Tân, Đức Hòa', 'Lưu: VT'],
      signer: { name: 'Trần Văn B', title: 'Chánh Văn phòng', authority: 'TL.', block: ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG'] },
      localities: ['533'],
      cites: [{ number: '21/KH-UBND', date: '2024-01-05', issuer: 'UBND huyện Mộ Đức' }],
    });
  });

  it('keeps the "Căn cứ" lines and the structure in the body, and nothing of the header or the signature', () => {
    expect(entry.body).toMatch(/^Căn cứ Kế hoạch số 21\/KH-UBND[^\n]*;\n\nCăn cứ kết quả/u);
    expect(entry.body).toContain('**I. KẾT QUẢ ĐẠT ĐƯỢC**');
    expect(entry.body).toContain('1. Phòng Nông nghiệp và PTNT:\n   - a) Hướng dẫn');
    for (const part of ['CỘNG HÒA', 'Số:', 'Mộ Đức, ngày', 'THÔNG BÁO KẾT LUẬN', 'Nơi nhận', 'Lưu: VT', 'CHÁNH VĂN PHÒNG', 'Trần Văn B', '\r']) {
      expect(entry.body, part).not.toContain(part);
    }
  });

  it('reports what it found and warns only that the summary is provisional', () => {
    expect(entry.found).toContainEqual({ field: 'date', value: '2024-02 (bản gốc để trống ngày)' });
    expect(entry.found).toContainEqual({ field: 'number', value: '/TB-UBND (bản gốc để trống số)' });
    expect(entry.warnings).toEqual([
      'invented-thong-bao.txt: tóm tắt (trường "summary") đang tạm lấy trích yếu; hãy thay bằng một hai câu tóm tắt bằng lời của đơn vị.',
    ]);
  });

  it('writes front matter that passes the directive schema', () => {
    expect(entry.data).not.toHaveProperty('illustrative');
    expect(validated(entry, directiveSchema)).toMatchObject({ date: '2024-02', summary: entry.data.summary, illustrative: false });
  });

  it('marks a document invented for the demo when asked', () => {
    const demo = importDirective(fixture('invented-thong-bao.txt'), { ...options('invented-thong-bao.txt'), illustrative: true });
    expect(Object.keys(demo.data)[0]).toBe('illustrative');
    expect(validated(demo, directiveSchema)?.illustrative).toBe(true);
  });
});

describe('importDirective on an invented Party công văn', () => {
  const text = [
    'ĐẢNG BỘ TỈNH TRÀ VINH\tĐẢNG CỘNG SẢN VIỆT NAM',
    'HUYỆN ỦY TRÀ CÚ',
    '*',
    'Số 815-CV/HU\tTrà Cú, ngày 12 tháng 4 năm 2023',
    'V/v tăng cường lãnh đạo, chỉ đạo',
    'xây dựng nông thôn mới',
    '',
    'Kính gửi: Các chi, đảng bộ trực thuộc Huyện ủy.',
    '',
    'Ban Thường vụ Huyện ủy đề nghị các chi, đảng bộ thực hiện tốt các nội dung sau:',
    '1. Quán triệt Nghị quyết số 03-NQ/HU ngày 20/10/2021 của Huyện ủy.',
    '2. Báo cáo kết quả trước ngày 30/6/2023.',
    '',
    'Nơi nhận:\tT/M BAN THƯỜNG VỤ',
    '- Như trên,\tPHÓ BÍ THƯ',
    '- Lưu Văn phòng Huyện ủy.',
    '',
    '\tNguyễn Văn E',
  ].join('\n');
  const entry = importDirective(text, options('dang.txt'));

  it('reads the Party header, number, recipients and the T/M block', () => {
    expect(entry.slug).toBe('huyen-uy-tra-cu-815-cv-hu-2023');
    expect(entry.data).toMatchObject({
      number: '815-CV/HU',
      type: 'cong-van',
      issuer: 'Huyện ủy Trà Cú',
      issuer_parent: 'Đảng bộ tỉnh Trà Vinh',
      place: 'Trà Cú',
      date: '2023-04-12',
      subject: 'V/v tăng cường lãnh đạo, chỉ đạo xây dựng nông thôn mới',
      recipients: ['Các chi, đảng bộ trực thuộc Huyện ủy'],
      distribution: ['Như trên', 'Lưu Văn phòng Huyện ủy'],
      signer: { name: 'Nguyễn Văn E', title: 'Phó Bí thư', authority: 'TM.', block: ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ'] },
      localities: ['849'],
      cites: [{ number: '03-NQ/HU', date: '2021-10-20', issuer: 'Huyện ủy Trà Cú' }],
    });
    expect(entry.body).toBe(
      'Ban Thường vụ Huyện ủy đề nghị các chi, đảng bộ thực hiện tốt các nội dung sau:\n\n1. Quán triệt Nghị quyết số 03-NQ/HU ngày 20/10/2021 của Huyện ủy.\n\n2. Báo cáo kết quả trước ngày 30/6/2023.\n',
    );
    validated(entry, directiveSchema);
  });
});

describe('importDirective on a copy without its header', () => {
  const text = [
    'Số: ~~26~~20/UBND-NN',
    'V/v ra quân “Ngày thứ 7 vì nông thôn mới”',
    '',
    'Quảng Ngãi, ngày 15 tháng 6 năm 2024',
    '',
    'Kính gửi:',
    '- UBND các huyện, thị xã, thành phố.',
    '',
    'UBND tỉnh yêu cầu các địa phương tổ chức ra quân, báo cáo UBND tỉnh trước ngày 30/6/2024./.',
    '',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT, NN.',
    '',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    '',
    'Phạm Văn H',
  ].join('\n');
  const entry = importDirective(text, options('khong-dau.txt'));

  it('guesses the issuer from the number, the place and the text, and warns', () => {
    expect(entry.data).toMatchObject({ issuer: 'UBND tỉnh Quảng Ngãi', localities: ['51'], campaigns: ['ngay-thu-7-vi-nong-thon-moi'] });
    expect(entry.found).toContainEqual({ field: 'issuer', value: 'UBND tỉnh Quảng Ngãi (suy ra, cần kiểm tra)' });
    expect(entry.warnings[0]).toMatch(/^khong-dau\.txt: bản sao không có tên cơ quan ở đầu văn bản; đã suy ra "UBND tỉnh Quảng Ngãi"/u);
  });

  it('records the struck serial as a correction and names the entry by the number in force', () => {
    expect(entry.slug).toBe('ubnd-tinh-quang-ngai-20-ubnd-nn-2024');
    expect(entry.data.corrections).toEqual([
      { field: 'number', original: '26', corrected: '20', note: 'Trên bản gốc, số 26 bị gạch bỏ và thay bằng số 20.' },
    ]);
    expect(entry.data.signer).toEqual({ name: 'Phạm Văn H', title: 'Chủ tịch', authority: 'TM.', block: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] });
    validated(entry, directiveSchema);
  });
});

describe('importDirective on text that is not a document', () => {
  it('warns, naming the file and field, for every field it cannot find', () => {
    const entry = importDirective('Một đoạn văn bất kỳ, không phải văn bản hành chính.', { file: 'la.txt', today: '2026-03-01' });
    const fields = entry.warnings.map((w) => /\(trường "([^"]+)"\)/u.exec(w)?.[1]);
    expect(fields).toEqual(['number', 'type', 'issuer', 'place', 'date', 'subject', 'distribution', 'signer', 'summary']);
    for (const w of entry.warnings) expect(w.startsWith('la.txt: ')).toBe(true);
    expect(entry.body).toBe('Một đoạn văn bất kỳ, không phải văn bản hành chính.\n');
  });
});

describe('importNews on an invented article', () => {
  const entry = importNews(fixture('invented-tin-tuc.txt'), options('invented-tin-tuc.txt'));

  it('fills the news fields, with the reported document from the lead', () => {
    expect(entry.slug).toBe('mo-duc-ra-soat-tieu-chi-xa-nong-2024');
    expect(entry.data).toMatchObject({
      title: 'Mộ Đức rà soát tiêu chí xã nông thôn mới nâng cao',
      date: '2024-03-14',
      author: 'Minh Anh',
      source_name: 'Cổng thông tin điện tử huyện Mộ Đức',
      retrieved: '2024-03-15',
      campaigns: ['ngay-thu-7-vi-nong-thon-moi'],
      reports: [{ number: '512/SNN-VPĐP', date: '2024-03-12' }],
      cites: [{ number: '21/KH-UBND', date: '2024-01-05', issuer: 'UBND huyện Mộ Đức' }],
    });
    expect(entry.body).not.toMatch(/Lượt xem|Tin liên quan|Điện thoại|Bản quyền/u);
    validated(entry, newsSchema);
  });

  it('names an unknown source honestly and warns', () => {
    const bare = importNews('Tiêu đề\nNgày đăng: 01/02/2024\nNội dung bài.\nAn Bình', { file: 'b.txt', today: '2026-03-01' });
    expect(bare.data.source_name).toBe(UNNAMED_SOURCE);
    expect(bare.warnings.some((w) => w.includes('source_name'))).toBe(true);
    validated(bare, newsSchema);
  });
});
