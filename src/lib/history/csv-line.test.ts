import { describe, expect, it } from 'vitest';
import { cellsByColumn, headerColumns, splitCsvLine } from './csv-line.ts';

describe('splitCsvLine', () => {
  it('splits plain and quoted cells, keeping commas and doubled quotes inside quotes', () => {
    expect(splitCsvLine('a,b,,d')).toEqual(['a', 'b', '', 'd']);
    expect(splitCsvLine('62,"Tỉnh Kon Tum, cũ","nói ""đạt""",x')).toEqual(['62', 'Tỉnh Kon Tum, cũ', 'nói "đạt"', 'x']);
    expect(splitCsvLine('')).toEqual(['']);
  });

  it('gives undefined for a line that ends inside a quoted cell', () => {
    expect(splitCsvLine('1,"ghi chú trên')).toBeUndefined();
  });
});

describe('cellsByColumn', () => {
  it('names cells by the header and leaves blanks out, so an added empty column changes nothing', () => {
    expect(cellsByColumn(['unit', 'year', 'note'], '29489,2024,')).toEqual({ unit: '29489', year: '2024' });
    expect(cellsByColumn(['unit', 'year', 'note', 'extra'], '29489,2024,,')).toEqual({ unit: '29489', year: '2024' });
  });
});

describe('headerColumns', () => {
  it('drops a BOM and a CR', () => {
    expect(headerColumns('\uFEFFunit,year\r')).toEqual(['unit', 'year']);
  });
});
