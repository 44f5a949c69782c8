import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findCitations, issuerName } from './find-citations.ts';

const one = (text: string) => {
  const found = findCitations(text);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

describe('issuerName', () => {
  it('cuts the sentence that follows a body\'s name', () => {
    expect(issuerName('Ủy ban nhân dân tỉnh chưa được quan tâm đúng mức')).toBe('Ủy ban nhân dân tỉnh');
    expect(issuerName('Tỉnh ủy “về xây dựng tỉnh đạt chuẩn”')).toBe('Tỉnh ủy');
    expect(issuerName('Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI nhiệm kỳ 2020 - 2025')).toBe('Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI');
    expect(issuerName('Sở Nông nghiệp và Phát triển nông thôn')).toBe('Sở Nông nghiệp và Phát triển nông thôn');
  });

});

describe('findCitations', () => {
  it('finds each family of number with its offsets', () => {
    const text =
      'Thực hiện Thông báo số 43/TB-UBND, Công văn số 20/UBND-NN, Quyết định số 51/2025/QĐ-TTg và Công văn số 815-CV/HU.';
    const found = findCitations(text);
    expect(found.map((c) => [c.number, c.parsed.family, c.key])).toEqual([
      ['43/TB-UBND', 'administrative', '43/tb-ubnd'],
      ['20/UBND-NN', 'administrative', '20/ubnd-nn'],
      ['51/2025/QĐ-TTg', 'legal', '51/2025/qđ-ttg'],
      ['815-CV/HU', 'party', '815-cv/hu'],
    ]);
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.number);
  });

  it('reads the type before and the date and body after', () => {
    const c = one('Căn cứ Thông báo số 43/TB-UBND ngày 26/01/2024 của UBND tỉnh Quảng Ngãi về việc triển khai.');
    expect(c).toMatchObject({ typeKey: 'thong-bao', date: '2024-01-26', issuer: 'UBND tỉnh Quảng Ngãi' });
  });

  it('keeps a body whose name has "và" and stops before the clause after it', () => {
    expect(one('Công văn số 12/SNN-VPĐP của Sở Nông nghiệp và Phát triển nông thôn về việc rà soát').issuer).toBe('Sở Nông nghiệp và Phát triển nông thôn');
    expect(one('Quyết định số 1528/QĐ-UBND ngày 14/4/2022 của UBND thành phố đối với hai chương trình').issuer).toBe('UBND thành phố');
  });

  it('reads a date written in words and a body ending the sentence', () => {
    const c = one('theo Công văn số 20/UBND-NN ngày 15 tháng 6 năm 2020 của UBND tỉnh Quảng Trị.');
    expect(c).toMatchObject({ typeKey: 'cong-van', date: '2020-06-15', issuer: 'UBND tỉnh Quảng Trị' });
  });

  it('takes the type from the number when no type word precedes it', () => {
    expect(one('(số 1528/QĐ-UBND)').typeKey).toBe('quyet-dinh');
    expect(one('Nghị quyết 06-NQ/ĐH của Đại hội').typeKey).toBe('nghi-quyet');
    expect(one('số 815-CV/HU').typeKey).toBe('cong-van');
  });

  it('keeps an odd spelling as written', () => {
    // A real citation writes the type code without Đ; the raw string must survive.
    const c = one('Nghị quyết số 81/ND-HĐND của HĐND tỉnh');
    expect(c.number).toBe('81/ND-HĐND');
    expect(c.typeKey).toBe('nghi-quyet');
  });

  it('ignores dates, ratios and counts', () => {
    expect(findCitations('Đến ngày 26/01/2024, 42/85 xã đạt 19/19 tiêu chí; huyện đạt 4/9 tiêu chí.')).toEqual([]);
  });

  it('needs "số" or a type word for a bare công văn number, but not for legal or Party numbers', () => {
    expect(findCitations('mã 12/ABC-XY trong bảng')).toEqual([]);
    expect(findCitations('theo 51/2025/QĐ-TTg')).toHaveLength(1);
    expect(findCitations('theo 27-CT/TU')).toHaveLength(1);
  });

  it('drops punctuation that ends the sentence, not part of the number', () => {
    expect(one('theo Kế hoạch số 795/KH-UBND.').number).toBe('795/KH-UBND');
  });

  it('refuses an impossible date but keeps the citation', () => {
    const c = one('Thông báo số 43/TB-UBND ngày 31/02/2024');
    expect(c.date).toBeNull();
  });

  it('finds a number with the look-alike Ð at the same offsets', () => {
    const text = 'Quyết định số 1528/QÐ-UBND';
    const c = one(text);
    expect(c.key).toBe('1528/qđ-ubnd');
    expect(text.slice(c.start, c.end)).toBe('1528/QÐ-UBND');
  });

  it('leaves numbers inside links and longer tokens alone', () => {
    expect(findCitations('https://example.gov.vn/van-ban/43/TB-UBND')).toEqual([]);
  });
});

const SEEDS = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const haveSeeds = existsSync(SEEDS);
if (!haveSeeds) console.warn(`[find-citations.test] ${SEEDS} not found: skipping the seed-document checks (own fixtures still run).`);

describe.skipIf(!haveSeeds)('findCitations on the seed documents', () => {
  const cited = (file: string) => {
    const name = readdirSync(SEEDS).find((f) => f.startsWith(file))!;
    return findCitations(readFileSync(`${SEEDS}${name}`, 'utf8'));
  };
  const numbers = (file: string) => [...new Set(cited(file).map((c) => c.number))];

  it('seed 000: the province notice with its date and the decision it rests on', () => {
    expect(numbers('000')).toEqual(['43/TB-UBND', '1528/QĐ-UBND']);
    expect(cited('000').find((c) => c.number === '43/TB-UBND' && c.date)?.date).toBe('2024-01-26');
    expect(cited('000').find((c) => c.number === '1528/QĐ-UBND')?.date).toBe('2022-04-14');
  });

  it('seed 001: the directive it reports and the Party, council and plan numbers, raw spelling kept', () => {
    expect(numbers('001')).toEqual(['04/CT-UBND', '06-NQ/ĐH', '81/ND-HĐND', '795/KH-UBND']);
    expect(cited('001')[0]).toMatchObject({ typeKey: 'chi-thi', date: null });
  });

  it('seed 003: the Party công văn and the documents it builds on', () => {
    expect(numbers('003')).toEqual(['815-CV/HU', '1306/QĐ-UBND', '04-NQ/TU', '03-NQ/HU', '27-CT/TU']);
    expect(cited('003')[0]).toMatchObject({ typeKey: 'cong-van', date: null });
  });

  it('seeds 002 and 004 cite no numbered document', () => {
    expect(numbers('002')).toEqual([]);
    expect(numbers('004')).toEqual([]);
  });
});
