import { describe, expect, it } from 'vitest';
import { directiveSchema } from '../../schemas/directive.ts';
import { checkFrontmatter, parseMarkdown } from './frontmatter.ts';

// The hint every YAML error ends with.
const YAML_HINT = ' — kiểm tra thụt lề, và đặt trong ngoặc kép những giá trị có dấu hai chấm ":" hoặc dấu "#"';

const FILE = 'content/directives/ubnd-tinh-quang-tri-20-ubnd-nn-2020.md';

// Front matter of a valid directive; index i is on file line i + 2 (line 1 is the opening "---").
const FIELDS = [
  'number: "20/UBND-NN"', // line 2
  'type: cong-van', // 3
  'issuer: UBND tỉnh Quảng Trị', // 4
  'date: "2020-06-15"', // 5
  'subject: V/v đẩy mạnh thực hiện phong trào', // 6
  'signer:', // 7
  '  name: Hà Sỹ Đồng', // 8
  '  authority: KT.', // 9
  '  block: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH]', // 10
  'localities:', // 11
  '  - "45"', // 12
  '  - "45@2020-06-15"', // 13
  'summary: Tóm tắt.', // 14
];
const lineOfField = (prefix: string) => FIELDS.findIndex((f) => f.startsWith(prefix)) + 2;

const markdown = (fields: readonly string[] = FIELDS) => ['---', ...fields, '---', 'Nội dung.', ''].join('\n');
/** The fields with the one starting with `prefix` replaced by `lines` (none to delete it). */
const replacing = (prefix: string, ...lines: string[]) => {
  const i = FIELDS.findIndex((f) => f.startsWith(prefix));
  if (i < 0) throw new Error(`no field ${prefix}`);
  return [...FIELDS.slice(0, i), ...lines, ...FIELDS.slice(i + 1)];
};

/** Parses and checks a directive, returning every issue. */
const check = (text: string) => {
  const md = parseMarkdown(text, FILE);
  if (!md.parsed) return md.issues;
  return [...md.issues, ...checkFrontmatter(directiveSchema, md.parsed, FILE, md.lineOf).issues];
};

describe('parseMarkdown', () => {
  it('returns the front matter as data, the body and the line the body starts on', () => {
    const md = parseMarkdown(markdown(), FILE);
    expect(md.issues).toEqual([]);
    expect(md.parsed?.data).toMatchObject({ number: '20/UBND-NN', signer: { authority: 'KT.' }, localities: ['45', '45@2020-06-15'] });
    expect(md.parsed?.body).toBe('Nội dung.\n');
    expect(md.parsed?.bodyLine).toBe(FIELDS.length + 3);
  });

  it('keeps an unquoted date as the text written, not a Date', () => {
    const md = parseMarkdown(markdown(replacing('date:', 'date: 2020-06-15')), FILE);
    expect(md.parsed?.data.date).toBe('2020-06-15');
  });

  it('reads a file saved with Windows line endings', () => {
    const md = parseMarkdown(markdown().replace(/\n/g, '\r\n'), FILE);
    expect(md.issues).toEqual([]);
    expect(md.parsed?.data.summary).toBe('Tóm tắt.');
  });

  it('reports a file without front matter on line 1', () => {
    expect(parseMarkdown('# Công văn 20/UBND-NN\n', FILE).issues).toEqual([
      { file: FILE, line: 1, message: 'thiếu phần thông tin đầu tệp (front matter) nằm giữa hai dòng "---"' },
    ]);
  });

  it('reports front matter that is never closed as missing', () => {
    const md = parseMarkdown(['---', ...FIELDS, 'Nội dung.'].join('\n'), FILE);
    expect(md.parsed).toBeUndefined();
    expect(md.issues).toEqual([
      { file: FILE, line: 1, message: 'thiếu phần thông tin đầu tệp (front matter) nằm giữa hai dòng "---"' },
    ]);
  });

  it('reports a YAML syntax error on its line and returns no data', () => {
    const md = parseMarkdown(markdown(replacing('subject:', 'subject: V/v: đẩy mạnh')), FILE);
    expect(md.parsed).toBeUndefined();
    expect(md.issues).toEqual([
      { file: FILE, line: lineOfField('subject:'), message: `lỗi cú pháp YAML: Nested mappings are not allowed in compact mappings${YAML_HINT}` },
    ]);
  });

  it('reports a tab used for indentation on its line, before the errors it causes', () => {
    const md = parseMarkdown(markdown(replacing('  name:', '\tname: Hà Sỹ Đồng')), FILE);
    expect(md.issues[0]).toEqual({ file: FILE, line: 8, message: `lỗi cú pháp YAML: Tabs are not allowed as indentation${YAML_HINT}` });
  });

  it('reports a field written twice on the second one', () => {
    const md = parseMarkdown(markdown([...FIELDS, 'type: thong-bao']), FILE);
    expect(md.issues).toEqual([{ file: FILE, line: FIELDS.length + 2, message: `lỗi cú pháp YAML: Map keys must be unique${YAML_HINT}` }]);
  });
});

describe('parseMarkdown lineOf', () => {
  const { lineOf } = parseMarkdown(markdown(), FILE);

  it('finds a top-level field', () => {
    expect(lineOf(['summary'])).toBe(14);
  });

  it('finds a nested field', () => {
    expect(lineOf(['signer', 'authority'])).toBe(9);
  });

  it('finds an item of a block list', () => {
    expect(lineOf(['localities', 1])).toBe(13);
  });

  it('points a missing nested field at its parent', () => {
    expect(lineOf(['signer', 'title'])).toBe(7);
  });

  it('points a missing top-level field at the opening line', () => {
    expect(lineOf(['place'])).toBe(1);
  });
});

describe('checkFrontmatter', () => {
  it('returns the checked data and no issues for a valid directive', () => {
    const md = parseMarkdown(markdown(), FILE);
    const r = checkFrontmatter(directiveSchema, md.parsed!, FILE, md.lineOf);
    expect(r.issues).toEqual([]);
    expect(r.data).toMatchObject({
      number: '20/UBND-NN',
      signer: { name: 'Hà Sỹ Đồng', authority: 'KT.', block: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'] },
      localities: [{ code: '45' }, { code: '45', at: '2020-06-15' }],
      recipients: [],
    });
  });

  it('reports a bad nested field by its path, on its own line, with the value', () => {
    expect(check(markdown(replacing('  authority:', '  authority: KT')))).toEqual([
      { file: FILE, line: 9, column: 'signer.authority', value: 'KT', message: 'cần một trong các giá trị: TM., KT., TL., TUQ., Q.' },
    ]);
  });

  it('reports a bad list item on its own line', () => {
    expect(check(markdown(replacing('  - "45@', '  - "45@15/06/2020"')))).toEqual([
      {
        file: FILE,
        line: 13,
        column: 'localities.1',
        value: '45@15/06/2020',
        message: 'cần mã đơn vị hành chính (ví dụ 29489), có thể kèm ngày: 29489@2024-12-31',
      },
    ]);
  });

  it('reports a Vietnamese-style date and suggests the ISO form', () => {
    expect(check(markdown(replacing('date:', 'date: 15/06/2020')))).toEqual([
      { file: FILE, line: 5, column: 'date', value: '15/06/2020', message: 'cần ngày viết năm-tháng-ngày; có phải là 2020-06-15?' },
    ]);
  });

  it('reports an impossible date', () => {
    expect(check(markdown(replacing('date:', 'date: "2020-02-30"')))).toEqual([
      { file: FILE, line: 5, column: 'date', value: '2020-02-30', message: 'ngày không tồn tại' },
    ]);
  });

  it('reports each unknown field on its own line', () => {
    expect(check(markdown([...FIELDS.slice(0, 2), 'so_hieu: "20"', 'loai: cong-van', ...FIELDS.slice(2)]))).toEqual([
      { file: FILE, line: 4, column: 'so_hieu', value: '20', message: 'trường so_hieu không có trong định dạng (xem mục "Định dạng dữ liệu" trong README)' },
      { file: FILE, line: 5, column: 'loai', value: 'cong-van', message: 'trường loai không có trong định dạng (xem mục "Định dạng dữ liệu" trong README)' },
    ]);
  });

  it('reports an unknown nested field by its path', () => {
    expect(check(markdown(replacing('  name:', '  name: Hà Sỹ Đồng', '  chuc_vu: Phó Chủ tịch')))).toEqual([
      {
        file: FILE,
        line: 9,
        column: 'signer.chuc_vu',
        value: 'Phó Chủ tịch',
        message: 'trường chuc_vu không có trong định dạng (xem mục "Định dạng dữ liệu" trong README)',
      },
    ]);
  });

  it('reports a missing required field as blank, on the opening line', () => {
    expect(check(markdown(replacing('summary:')))).toEqual([
      { file: FILE, line: 1, column: 'summary', value: undefined, message: 'không được để trống' },
    ]);
  });

  it('reports a required field left empty on its own line', () => {
    expect(check(markdown(replacing('issuer:', 'issuer:')))).toEqual([
      { file: FILE, line: 4, column: 'issuer', value: undefined, message: 'không được để trống' },
    ]);
  });

  it('reports a missing required nested field on its parent', () => {
    expect(check(markdown(replacing('  name:')))).toEqual([
      { file: FILE, line: 7, column: 'signer.name', value: undefined, message: 'không được để trống' },
    ]);
  });

  it('reports a single value where a list is expected', () => {
    expect(check(markdown(replacing('  block:', '  block: KT. CHỦ TỊCH')))).toEqual([
      { file: FILE, line: 10, column: 'signer.block', value: 'KT. CHỦ TỊCH', message: 'cần một danh sách (mỗi mục một dòng bắt đầu bằng "- ")' },
    ]);
  });

  it('reports a mapping where text is expected', () => {
    expect(check(markdown([...FIELDS, 'recipients:', '  - Sở: Nông nghiệp']))).toEqual([
      { file: FILE, line: FIELDS.length + 3, column: 'recipients.0', value: undefined, message: 'cần một đoạn chữ' },
    ]);
  });

  it('reports every bad field of the file at once', () => {
    const fields = replacing('date:', 'date: "2020-13-01"').map((f) => (f === '  authority: KT.' ? '  authority: kt' : f));
    expect(check(markdown(fields)).map((i) => [i.line, i.column])).toEqual([
      [5, 'date'],
      [9, 'signer.authority'],
    ]);
  });
});
