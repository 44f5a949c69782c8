import { describe, expect, it } from 'vitest';
import { bodyToMarkdown } from './body.ts';
import { toLines } from './lines.ts';

const md = (text: string) => bodyToMarkdown(toLines(text));

describe('bodyToMarkdown', () => {
  it('keeps each "Căn cứ" line as its own paragraph', () => {
    expect(md('Căn cứ Luật Tổ chức chính quyền địa phương;\nCăn cứ Quyết định số 318/QĐ-TTg;\n\nXét đề nghị của Sở Tài chính,')).toBe(
      'Căn cứ Luật Tổ chức chính quyền địa phương;\n\nCăn cứ Quyết định số 318/QĐ-TTg;\n\nXét đề nghị của Sở Tài chính,\n',
    );
  });

  it('nests "-" and "+" points under a numbered point, and ends the list at the closing paragraph', () => {
    const text = [
      '1. Các phòng, đơn vị:',
      '- Rà soát tiêu chí,',
      'trong đó:',
      '+ ghi rõ số liệu;',
      '+ đính kèm minh chứng.',
      '2. Phòng Kinh tế tổng hợp, báo cáo trước ngày 30/4.',
      '',
      'Đề nghị các đơn vị thực hiện./.',
    ].join('\n');
    expect(md(text)).toBe(
      [
        '1. Các phòng, đơn vị:',
        '   - Rà soát tiêu chí, trong đó:',
        '     - ghi rõ số liệu;',
        '     - đính kèm minh chứng.',
        '',
        '2. Phòng Kinh tế tổng hợp, báo cáo trước ngày 30/4.',
        '',
        'Đề nghị các đơn vị thực hiện./.',
        '',
      ].join('\n'),
    );
  });

  it('puts paragraphs under a heading-like numbered point inside it, until its first sub-point', () => {
    expect(md('1. Về yêu cầu chung\nCác đơn vị làm thực chất.\n- Ưu tiên xã khó khăn.')).toBe(
      '1. Về yêu cầu chung\n\n   Các đơn vị làm thực chất.\n\n   - Ưu tiên xã khó khăn.\n',
    );
  });

  it('writes "I." headings and upper-case lines in bold, lettered points as a list, "Điều" labels in bold', () => {
    expect(md('I. KẾT QUẢ\nĐã làm được.\n1. Phòng Nông nghiệp:\na) hướng dẫn các xã;\nb) báo cáo.\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này.')).toBe(
      [
        '**I. KẾT QUẢ**',
        '',
        'Đã làm được.',
        '',
        '1. Phòng Nông nghiệp:',
        '   - a) hướng dẫn các xã;',
        '   - b) báo cáo.',
        '',
        '**QUYẾT ĐỊNH:**',
        '',
        '**Điều 1.** Ban hành kèm theo Quyết định này.',
        '',
      ].join('\n'),
    );
  });

  it('joins a paragraph the copy broke at a line starting in lower case, even across a blank line', () => {
    expect(md('Các xã cần quan tâm các tiêu chí giáo dục, y tế và\n\nmôi trường.')).toBe('Các xã cần quan tâm các tiêu chí giáo dục, y tế và môi trường.\n');
  });

  it('escapes what Markdown would misread', () => {
    expect(md('2024. Năm bản lề.\nGiá trị <5% là thấp.')).toBe('2024\\. Năm bản lề.\n\nGiá trị &lt;5% là thấp.\n');
  });

  it('gives an empty body for no lines', () => {
    expect(md('\n\n')).toBe('');
  });
});
