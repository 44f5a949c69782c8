import { describe, expect, it } from 'vitest';
import { directiveSchema } from '../../schemas/directive.ts';
import { directiveFacets } from './facets.ts';
import { CSV_COLUMNS, csvRow, directiveRecord, type RecordInput } from './record.ts';
import { vi } from '../../i18n/vi.ts';

// An invented directive, written for this test: a struck serial, untrimmed text, lists and a cite.
const frontMatter = {
  number: '~~7~~9/UBND-VP ',
  type: 'cong-van',
  issuer: 'UBND huyện Thử Nghiệm',
  place: 'Thử Nghiệm',
  date: '2023-05',
  subject: 'V/v kiểm tra ghi dữ liệu',
  recipients: ['Phòng A', 'Phòng B, C'],
  distribution: ['Như trên', 'Lưu: VT'],
  signer: { name: 'Trần Văn Thử', title: 'Phó Chủ tịch', authority: 'KT.', block: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] },
  programmes: ['p1'],
  campaigns: ['c1'],
  localities: ['111'],
  cites: [{ number: '1/QĐ-UBND', date: '2022' }, { number: '2/KH-UBND' }],
  source_name: 'Bản lưu',
  summary: 'Một câu tóm tắt.',
};
const data = directiveSchema.parse(frontMatter);
const facets = directiveFacets(data, {
  typeName: () => 'Công văn',
  issuerName: (k) => k,
  programmeName: () => 'Chương trình Một',
  campaignName: () => 'Phong trào Một',
  provinces: [{ slug: '12-tinh-thu', name: 'Tỉnh Thử' }],
  undated: 'Không rõ năm',
});
const input: RecordInput = {
  id: 'ubnd-huyen-thu-9-ubnd-vp-2023',
  url: 'https://example.org/van-ban/ubnd-huyen-thu-9-ubnd-vp-2023/',
  title: 'Công văn 9/UBND-VP',
  frontMatter,
  data,
  typeName: 'Công văn',
  facets,
  units: [{ code: '111', name: 'Huyện Thử', url: 'https://example.org/dia-phuong/111-huyen-thu/' }],
  text: '\nNội dung **thử**.\n',
};

describe('directiveRecord', () => {
  it('keeps every front matter field as stored, untrimmed, in file order after id, url and title', () => {
    const r = directiveRecord(input);
    for (const [k, v] of Object.entries(frontMatter)) expect(r[k], k).toEqual(v);
    expect(r.number).toBe('~~7~~9/UBND-VP ');
    expect(Object.keys(r).slice(0, 4)).toEqual(['id', 'url', 'title', 'number']);
  });

  it('adds the parsed number with the struck digits, the type name, facets, units and the text', () => {
    const r = directiveRecord(input);
    expect(r.number_parsed).toEqual({ family: 'administrative', serial: 9, year: null, type_code: null, body_code: 'UBND', unit_code: 'VP', normalized: '9/UBND-VP', struck: ['7'] });
    expect(r.type_name).toBe('Công văn');
    expect(r.facets.tinh).toEqual([{ slug: '12-tinh-thu', name: 'Tỉnh Thử' }]);
    expect(r.locality_units[0]!.name).toBe('Huyện Thử');
    expect(r.text).toBe('\nNội dung **thử**.\n');
  });

  it('lets hand-set number parts win over the parser', () => {
    const blank = directiveSchema.parse({ ...frontMatter, number: '/UBND-CT', number_parts: { unit_code: 'CT' } });
    const r = directiveRecord({ ...input, frontMatter: { ...frontMatter, number: '/UBND-CT' }, data: blank });
    expect(r.number_parsed).toMatchObject({ serial: null, unit_code: 'CT', normalized: '/UBND-CT' });
  });

  it('leaves the text out when none is given', () => {
    expect('text' in directiveRecord({ ...input, text: undefined })).toBe(false);
  });
});

describe('csvRow', () => {
  it('fills every column, in the documented order', () => {
    expect(Object.keys(csvRow(directiveRecord(input), data))).toEqual([...CSV_COLUMNS]);
  });

  it('has a Vietnamese meaning for every column (the dictionary on /du-lieu/)', () => {
    for (const c of CSV_COLUMNS) expect(vi, c).toHaveProperty([`directiveCsv.${c}`]);
    const documented = Object.keys(vi).filter((k) => k.startsWith('directiveCsv.')).map((k) => k.slice('directiveCsv.'.length));
    expect(documented).toEqual([...CSV_COLUMNS]);
  });

  it('gives the raw and the normalized number, and joins lists with " | "', () => {
    const row = csvRow(directiveRecord(input), data);
    expect(row).toMatchObject({
      so_ky_hieu: '~~7~~9/UBND-VP ',
      so_hieu_luc: '9/UBND-VP',
      loai: 'Công văn',
      ngay_ban_hanh: '2023-05',
      kinh_gui: 'Phòng A | Phòng B, C',
      noi_nhan: 'Như trên | Lưu: VT',
      nguoi_ky: 'Trần Văn Thử',
      chuc_vu: 'Phó Chủ tịch',
      tham_quyen: 'KT.',
      chuong_trinh: 'Chương trình Một',
      phong_trao: 'Phong trào Một',
      dia_phuong: 'Huyện Thử',
      van_ban_dan_chieu: '1/QĐ-UBND | 2/KH-UBND',
      nguon: 'Bản lưu',
      tom_tat: 'Một câu tóm tắt.',
    });
  });

  it('leaves cells blank for what the document does not say', () => {
    const bare = directiveSchema.parse({ number: '/TB-UBND', type: 'thong-bao', issuer: 'UBND xã Thử', date: '', subject: 'Thử', summary: 'Thử.' });
    const r = directiveRecord({ ...input, frontMatter: { number: '/TB-UBND' }, data: bare, facets: { ...facets, 'chuong-trinh': [], 'phong-trao': [] }, units: [] });
    const row = csvRow(r, bare);
    expect(row).toMatchObject({ so_ky_hieu: '/TB-UBND', dia_danh: '', ngay_ban_hanh: '', kinh_gui: '', nguoi_ky: '', tham_quyen: '', chuong_trinh: '', dia_phuong: '', van_ban_dan_chieu: '', nguon: '' });
  });
});
