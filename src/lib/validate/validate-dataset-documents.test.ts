// Repeated document numbers, dates out of range, and Markdown front matter.
import { describe, expect, it } from 'vitest';
import { TODAY, DIRECTIVE, NEWS, A2024, BASE, line, swap, issuesOf, loneDirective, LONE, unknownUnit, dateOutOfRange } from './validate-dataset.fixture.ts';

describe('validateDataset', () => {
  // --- Repeated document numbers -------------------------------------------------------------------------

  it('reports a number repeated by the same body in the same year, on the later file', () => {
    const copy = 'content/directives/ubnd-tinh-tra-vinh-so-12-2024.md';
    const text = loneDirective('number: "12/UBND-NN"', 'issuer: Ủy ban nhân dân tỉnh Trà Vinh', 'date: "2024-11"');
    expect(issuesOf({ [copy]: text })).toEqual([
      {
        file: copy,
        line: 2,
        column: 'number',
        value: '12/UBND-NN',
        message: `số ký hiệu trùng với văn bản ${DIRECTIVE} của cùng cơ quan, cùng năm`,
      },
    ]);
  });

  it('refuses an old slug that is another document\'s address, and ids that are library lists', () => {
    const moved = 'content/directives/ubnd-huyen-tra-cu-45-2024.md';
    const issues = issuesOf({
      [moved]: loneDirective(`former_slugs: ["${DIRECTIVE.replace(/^content\/directives\/|\.md$/g, '')}", "loai"]`),
      'content/directives/trang.md': loneDirective('number: "46/UBND-NN"'),
    });
    expect(issues.map((i) => [i.file, i.column, i.value, i.message.split(' ')[0]])).toEqual([
      ['content/directives/trang.md', undefined, undefined, 'trang:'],
      [moved, 'former_slugs', DIRECTIVE.replace(/^content\/directives\/|\.md$/g, ''), 'đường'],
      [moved, 'former_slugs', 'loai', 'không'],
    ]);
  });

  it('treats a serial written with a leading zero as the same number', () => {
    const copy = 'content/directives/ubnd-tinh-tra-vinh-so-012-2024.md';
    expect(issuesOf({ [copy]: loneDirective('number: "012/UBND-NN"', 'issuer: UBND tỉnh Trà Vinh') }).map((i) => [i.file, i.column])).toEqual([
      [copy, 'number'],
    ]);
  });

  it('does not report the same number from a different body', () => {
    expect(issuesOf({ [LONE]: loneDirective('number: "12/UBND-NN"', 'issuer: UBND huyện Trà Cú') })).toEqual([]);
  });

  it('does not report the same number from the same body in a different year', () => {
    expect(issuesOf({ [LONE]: loneDirective('number: "12/UBND-NN"', 'issuer: UBND tỉnh Trà Vinh', 'date: "2025-01-06"') })).toEqual([]);
  });

  it('does not report numbers whose serial was left blank', () => {
    const blank = ['number: "/UBND-KT"', 'issuer: UBND thành phố Trà Vinh', 'date: "2024"'];
    expect(
      issuesOf({
        'content/directives/ubnd-tp-tra-vinh-ubnd-kt-2024.md': loneDirective(...blank),
        'content/directives/ubnd-tp-tra-vinh-ubnd-kt-2024-b.md': loneDirective(...blank, 'subject: V/v khác'),
      }),
    ).toEqual([]);
  });

  // --- Dates out of range ----------------------------------------------------------------------------

  it('reports a directive dated after today', () => {
    expect(issuesOf({ [LONE]: loneDirective('date: "2026-11-24"') })).toEqual([
      { file: LONE, line: 5, column: 'date', value: '2026-11-24', message: dateOutOfRange },
    ]);
  });

  it('accepts a directive dated today', () => {
    expect(issuesOf({ [LONE]: loneDirective(`date: "${TODAY}"`) })).toEqual([]);
  });

  it('reports a directive dated before 2009', () => {
    expect(issuesOf({ [LONE]: loneDirective('date: "2008-12-31"') })).toEqual([
      { file: LONE, line: 5, column: 'date', value: '2008-12-31', message: dateOutOfRange },
    ]);
  });

  it.each(['2027', '2026-12', '2008'])('reports the partial date %j out of range', (date) => {
    expect(issuesOf({ [LONE]: loneDirective(`date: "${date}"`) })).toEqual([
      { file: LONE, line: 5, column: 'date', value: date, message: dateOutOfRange },
    ]);
  });

  it.each(['2026', '2026-11', '2009', ''])('accepts the partial date %j', (date) => {
    expect(issuesOf({ [LONE]: loneDirective(`date: "${date}"`) })).toEqual([]);
  });

  it('reports a news article dated after today', () => {
    expect(issuesOf({ [NEWS]: swap('date: "2024-04"', 'date: "2027-01"') })).toEqual([
      { file: NEWS, line: 3, column: 'date', value: '2027-01', message: dateOutOfRange },
      { file: NEWS, line: 6, column: 'localities', value: '849', message: unknownUnit('2027-01-31') },
    ]);
  });

  // --- Markdown front matter ----------------------------------------------------------------------------

  it('reports an unknown front-matter field on its line', () => {
    expect(issuesOf({ [LONE]: loneDirective('nguoi_ky: Nguyễn Văn A') })).toEqual([
      {
        file: LONE,
        line: 8,
        column: 'nguoi_ky',
        value: 'Nguyễn Văn A',
        message: 'trường nguoi_ky không có trong định dạng (xem mục "Định dạng dữ liệu" trong README)',
      },
    ]);
  });

  it('reports a front-matter YAML syntax error with its line', () => {
    expect(issuesOf({ [LONE]: loneDirective('subject: V/v: rà soát') })).toEqual([
      {
        file: LONE,
        line: 6,
        message:
          'lỗi cú pháp YAML: Nested mappings are not allowed in compact mappings — kiểm tra thụt lề, và đặt trong ngoặc kép những giá trị có dấu hai chấm ":" hoặc dấu "#"',
      },
    ]);
  });

  it('reports a missing required field', () => {
    expect(issuesOf({ [LONE]: loneDirective('summary') })).toEqual([
      { file: LONE, line: 1, column: 'summary', message: 'không được để trống' },
    ]);
  });

  it('says a group of fields is expected where a plain value was written', () => {
    expect(issuesOf({ [LONE]: loneDirective('signer: Nguyễn Văn A') })).toEqual([
      {
        file: LONE,
        line: 8,
        column: 'signer',
        value: 'Nguyễn Văn A',
        message: 'cần một nhóm trường lồng nhau (mỗi trường một dòng, thụt vào hai dấu cách), không phải một giá trị đơn',
      },
    ]);
  });

  it('reports an assessment row whose year is not the year of its file', () => {
    expect(issuesOf({ [A2024]: line(2, '29489,2023,,qd-318-2022,1,1,,,van-ban/ubnd-tinh-tra-vinh-12-ubnd-nn-2024,') })).toEqual([
      { file: A2024, line: 2, column: 'year', value: '2023', message: 'năm không khớp với tên tệp (2024.csv): mỗi tệp chỉ chứa kết quả của một năm' },
    ]);
  });

  it('reports a Markdown file without front matter', () => {
    expect(issuesOf({ [LONE]: '# Công văn 45/UBND-NN\n' })).toEqual([
      { file: LONE, line: 1, message: 'thiếu phần thông tin đầu tệp (front matter) nằm giữa hai dòng "---"' },
    ]);
  });

  it('reports a Markdown file name that is not a slug', () => {
    expect(issuesOf({ 'content/news/Tin Mới.md': BASE[NEWS]! })).toEqual([
      {
        file: 'content/news/Tin Mới.md',
        value: 'Tin Mới',
        message: 'tên tệp: cần mã viết thường không dấu, nối bằng gạch ngang (ví dụ ngay-thu-7-vi-nong-thon-moi)',
      },
    ]);
  });

  it('reports a directive with a bad field once, not again at every citation of it', () => {
    expect(issuesOf({ [DIRECTIVE]: swap('  authority: KT.', '  authority: KT') })).toEqual([
      { file: DIRECTIVE, line: 12, column: 'signer.authority', value: 'KT', message: 'cần một trong các giá trị: TM., KT., TL., TUQ., Q.' },
    ]);
  });
});
