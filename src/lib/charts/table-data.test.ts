import { describe, expect, it } from 'vitest';
import { chartData, chartHeight, parseValue, type TableModel } from './table-data.ts';

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
    expect(chartHeight(many, 'y')).toBe(20 * 34 + 56);
  });
});
