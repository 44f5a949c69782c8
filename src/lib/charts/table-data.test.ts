import { describe, expect, it } from 'vitest';
import { chartData, chartHeight, parseValue, wrapLabel, type TableModel } from './table-data.ts';

const table: TableModel = {
  columns: [
    { label: 'Bộ tiêu chí', series: false },
    { label: 'Đạt đủ tiêu chí (%)', series: true },
    { label: 'Được công nhận (%)', series: true },
  ],
  rows: [
    { label: '2021', values: [undefined, '52.5', '33.3'] },
    { label: '2022', values: [undefined, '80', ''] },
    { label: '2023', values: [undefined, '', undefined] },
  ],
};

describe('chartData', () => {
  it('takes one dataset per series column, in order, with the row headers as labels', () => {
    expect(chartData(table)).toEqual({
      labels: ['2021', '2022'],
      datasets: [
        { label: 'Đạt đủ tiêu chí (%)', data: [52.5, 80] },
        { label: 'Được công nhận (%)', data: [33.3, null] },
      ],
    });
  });

  it('has no datasets when no column is a series', () => {
    expect(chartData({ columns: [{ label: 'x', series: false }], rows: [{ label: 'a', values: ['1'] }] })).toEqual({ labels: [], datasets: [] });
  });
});

describe('parseValue', () => {
  it('reads plain numbers and treats blank as missing', () => {
    expect(parseValue('0')).toBe(0);
    expect(parseValue('-2.5')).toBe(-2.5);
    expect(parseValue(' ')).toBeNull();
    expect(parseValue(undefined)).toBeNull();
  });

  it('refuses a formatted number, so a Vietnamese "25.608,6" never becomes 25.608', () => {
    expect(() => parseValue('25.608,6')).toThrow(RangeError);
  });
});

describe('chartHeight', () => {
  it('grows horizontal bar charts with their rows and keeps vertical ones fixed', () => {
    const data = chartData(table);
    expect(chartHeight(data, 'x')).toBe(320);
    expect(chartHeight(data, 'y')).toBe(2 * (2 * 22 + 12) + 56);
    expect(chartHeight({ labels: ['a'], datasets: [{ label: 'a', data: [1] }] }, 'y')).toBe(160);
    const many = { labels: Array.from({ length: 20 }, (_, i) => `${i}`), datasets: [{ label: 'a', data: [] }] };
    expect(chartHeight(many, 'y')).toBe(20 * 38 + 56);
  });
});

describe('wrapLabel', () => {
  it('keeps a short label, and breaks a long one at spaces into lines that join back to it', () => {
    expect(wrapLabel('2023')).toBe('2023');
    const long = 'Tỷ lệ đơn vị cấp huyện đạt chuẩn hoặc hoàn thành nhiệm vụ xây dựng nông thôn mới (năm 2025)';
    const lines = wrapLabel(long, 36) as string[];
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(long);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(36);
  });

  it('leaves a single word longer than the width on its own line', () => {
    expect(wrapLabel('a verylongwordindeed b', 5)).toEqual(['a', 'verylongwordindeed', 'b']);
  });
});
