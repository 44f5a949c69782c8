import { describe, expect, it } from 'vitest';
import { COMPUTABLE_INDICATORS, computedValue, pairReported } from './counterpart.ts';
import type { ScopeFigures } from './scope-figures.ts';

const figures = (over: Partial<ScopeFigures> = {}): ScopeFigures => ({
  year: 2022,
  set: 'a',
  total: 19,
  communes: 85,
  assessed: 80,
  complete: 42,
  completeNotRecognised: 6,
  averageMet: 16.25,
  levels: [
    { level: 'dat-chuan', name: 'Đạt chuẩn', rank: 1, count: 36 },
    { level: 'nang-cao', name: 'Nâng cao', rank: 2, count: 9 },
  ],
  distribution: [],
  asOf: '2022-12-31',
  illustrative: false,
  recognitionsIllustrative: false,
  ...over,
});

describe('computedValue', () => {
  it('counts complete communes out of those assessed, and recognised ones out of all communes', () => {
    expect(computedValue('xa-dat-du-tieu-chi', figures())).toEqual({ value: 42, of: 80, illustrative: false });
    expect(computedValue('xa-dat-chuan', figures())).toEqual({ value: 36, of: 85, illustrative: false });
    expect(computedValue('xa-nang-cao', figures())).toEqual({ value: 9, of: 85, illustrative: false });
    expect(computedValue('xa-du-tieu-chi-chua-cong-nhan', figures())).toEqual({ value: 6, illustrative: false });
    expect(computedValue('tieu-chi-binh-quan', figures())).toEqual({ value: 16.25, illustrative: false });
  });

  it('is illustrative when the rows it counts are: assessments for criteria, recognitions for levels', () => {
    const invented = figures({ illustrative: true });
    expect(computedValue('xa-dat-du-tieu-chi', invented)!.illustrative).toBe(true);
    expect(computedValue('tieu-chi-binh-quan', invented)!.illustrative).toBe(true);
    expect(computedValue('xa-dat-chuan', invented)!.illustrative).toBe(false);
    expect(computedValue('ty-le-xa-dat-chuan', figures({ recognitionsIllustrative: true }))!.illustrative).toBe(true);
    expect(computedValue('xa-du-tieu-chi-chua-cong-nhan', figures({ recognitionsIllustrative: true }))!.illustrative).toBe(true);
  });

  it('gives the first level as a share of all communes and higher levels as a share of recognised ones', () => {
    expect(computedValue('ty-le-xa-dat-chuan', figures())!.value).toBeCloseTo((100 * 36) / 85);
    expect(computedValue('ty-le-xa-nang-cao', figures())!.value).toBeCloseTo(25);
  });

  it('has nothing for a level the set lacks, a share without base, an average without assessments or an unknown indicator', () => {
    expect(computedValue('xa-kieu-mau', figures())).toBeUndefined();
    expect(computedValue('ty-le-xa-nang-cao', figures({ levels: [{ level: 'dat-chuan', name: '', rank: 1, count: 0 }, { level: 'nang-cao', name: '', rank: 2, count: 0 }] }))).toBeUndefined();
    expect(computedValue('tieu-chi-binh-quan', figures({ averageMet: undefined }))).toBeUndefined();
    expect(computedValue('thon-dat-chuan', figures())).toBeUndefined();
  });

  it('lists every indicator it computes', () => {
    for (const key of COMPUTABLE_INDICATORS) expect(computedValue(key, figures({ levels: ['dat-chuan', 'nang-cao', 'kieu-mau', 'hien-dai'].map((level, i) => ({ level, name: level, rank: i + 1, count: 4 - i })) })), key).toBeDefined();
  });
});

describe('pairReported', () => {
  const years = [figures({ year: 2021, asOf: '2021-12-31', complete: 35 }), figures(), figures({ year: 2023, asOf: '2023-12-31', complete: 50 })];

  it('pairs a report with the latest computed day not after its period, and gives reported minus computed', () => {
    const p = pairReported({ period: '2023-01', indicator: 'xa-dat-du-tieu-chi', value: 40 }, years, 'a')!;
    expect(p.computed.year).toBe(2022);
    expect(p.value).toEqual({ value: 42, of: 80, illustrative: false });
    expect(p.difference).toBe(-2);
    expect(pairReported({ period: '2023', indicator: 'xa-dat-du-tieu-chi', value: 40 }, years, 'a')!.computed.year).toBe(2023);
  });

  it('pairs nothing before the first computed day, across sets, without a value or a counterpart', () => {
    expect(pairReported({ period: '2021-06', indicator: 'xa-dat-du-tieu-chi', value: 1 }, years, 'a')).toBeUndefined();
    expect(pairReported({ period: '2023-01', indicator: 'xa-dat-du-tieu-chi', value: 1 }, years, 'b')).toBeUndefined();
    expect(pairReported({ period: '2023-01', indicator: 'xa-dat-du-tieu-chi', value: 1 }, years, undefined)).toBeUndefined();
    expect(pairReported({ period: '2023-01', indicator: 'xa-dat-du-tieu-chi' }, years, 'a')).toBeUndefined();
    expect(pairReported({ period: '2023-01', indicator: 'thon-dat-chuan', value: 19 }, years, 'a')).toBeUndefined();
  });
});
