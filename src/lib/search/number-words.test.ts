import { describe, expect, it } from 'vitest';
import { numberIndexWords, numberWord, replaceNumbers } from './number-words.ts';

const replace = (q: string) => replaceNumbers(q.split(' '));

describe('numberWord', () => {
  it('keeps letters and digits only, folded and in lower case', () => {
    expect(numberWord('43/TB-UBND')).toBe('43tbubnd');
    expect(numberWord('51/2025/QĐ-TTg')).toBe('512025qdttg');
    expect(numberWord('815-CV/HU')).toBe('815cvhu');
  });
});

describe('numberIndexWords', () => {
  it('gives the number as written and without the leading zero', () => {
    expect(numberIndexWords('04/CT-UBND')).toEqual(['04ctubnd', '4ctubnd']);
    expect(numberIndexWords('43/TB-UBND')).toEqual(['43tbubnd']);
  });

  it('gives the number in force and the one struck on the original', () => {
    expect(numberIndexWords('~~26~~20/UBND-NN')).toEqual(['20ubndnn', '26ubndnn']);
  });

  it('folds Đ so a number typed without it still matches', () => {
    expect(numberIndexWords('512/SNN-VPĐP')).toEqual(['512snnvpdp']);
    expect(numberIndexWords('51/2025/QĐ-TTg')).toEqual(['512025qdttg']);
  });

  it('has none for a blank serial, which every draft of the body shares', () => {
    expect(numberIndexWords('/UBND-KT')).toEqual([]);
    expect(numberIndexWords('')).toEqual([]);
  });
});

describe('replaceNumbers', () => {
  it('turns each written form of a number into the same word', () => {
    for (const q of ['43/TB-UBND', '43/tb-ubnd', '43 TB-UBND', '43 / TB - UBND', '43/ TB-UBND', '43 /TB-UBND']) {
      expect(replace(q), q).toEqual({ words: ['43tbubnd'], numbers: ['43tbubnd'] });
    }
    expect(replace('815 CV/HU').words).toEqual(['815cvhu']);
    expect(replace('512/SNN-VPĐP').words).toEqual(['512snnvpdp']);
    expect(replace('51/2025/QĐ-TTg').words).toEqual(['512025qdttg']);
  });

  it('turns a partial number into the start of the word, which Pagefind matches as a prefix', () => {
    expect(replace('04/CT').words).toEqual(['04ct']);
    expect(replace('815-CV').words).toEqual(['815cv']);
    expect(replace('20/UBND').words).toEqual(['20ubnd']);
  });

  it('keeps the words around a number apart', () => {
    expect(replace('Thông báo 43 TB-UBND Lai Châu')).toEqual({ words: ['Thông', 'báo', '43tbubnd', 'Lai', 'Châu'], numbers: ['43tbubnd'] });
    expect(replace('công văn 20/UBND-NN và 815-CV/HU').words).toEqual(['công', 'văn', '20ubndnn', 'và', '815cvhu']);
  });

  it('leaves alone what is not a number: plain numbers, dates, codes without a serial, words with a slash', () => {
    for (const q of ['2024', '19 tiêu chí', '26/01/2024', 'UBND', 'TB-UBND', 'V/v', '17/19', 'xã 43 tổ']) {
      expect(replace(q), q).toEqual({ words: q.split(' '), numbers: [] });
    }
  });
});
