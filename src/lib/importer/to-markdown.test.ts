import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Imported } from './import-document.ts';
import { toMarkdown } from './to-markdown.ts';

const entry: Imported = {
  kind: 'directive',
  slug: 'x',
  data: {
    number: '20/UBND-NN',
    type: 'cong-van',
    date: '2024',
    subject: 'V/v ngắn',
    distribution: ['Lưu: VT, NN'],
    signer: { name: 'Lê Văn C', authority: 'KT.', block: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] },
    programmes: [],
    localities: ['45'],
    summary: 'Một tóm tắt dài '.repeat(10).trim(),
    cites: [{ number: '43/TB-UBND', date: '2024-01-26' }],
  },
  body: 'Nội dung.\n',
  found: [],
  warnings: [],
};

describe('toMarkdown', () => {
  const text = toMarkdown(entry, 'nguon.txt');

  it('writes the front matter in the style of the hand-written entries', () => {
    expect(text).toBe(
      [
        '---',
        '# Nhập bằng npm run import từ nguon.txt; kiểm tra từng trường trước khi đăng.',
        'number: "20/UBND-NN"',
        'type: cong-van',
        'date: "2024"',
        'subject: V/v ngắn',
        'distribution:',
        '  - "Lưu: VT, NN"',
        'signer:',
        '  name: Lê Văn C',
        '  authority: KT.',
        '  block: [KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]',
        'programmes: []',
        'localities: ["45"]',
        'summary: >-',
        '  Một tóm tắt dài Một tóm tắt dài Một tóm tắt dài Một tóm tắt dài Một tóm tắt dài Một tóm tắt dài',
        '  Một tóm tắt dài Một tóm tắt dài Một tóm tắt dài Một tóm tắt dài',
        'cites:',
        '  - number: "43/TB-UBND"',
        '    date: "2024-01-26"',
        '---',
        '',
        'Nội dung.',
        '',
      ].join('\n'),
    );
  });

  it('reads back as the same data', () => {
    expect(parse(text.split('---\n')[1]!)).toEqual(entry.data);
  });
});
