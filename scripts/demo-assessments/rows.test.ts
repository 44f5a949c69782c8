import { describe, expect, it } from 'vitest';
import { assessmentRow } from '../../src/schemas/assessment.ts';
import { filesOf } from './rows.ts';
import { run } from './test-fixture.ts';

describe('generate (fixture)', () => {
  it('writes one row per criterion of the set in force, counted from the data', () => {
    for (const a of run()) {
      const rows = filesOf([a]).values().next().value!;
      expect(rows.map((r) => Number(r['criterion']))).toEqual(a.year <= 2025 ? [1, 2, 3] : [1, 2, 3, 4]);
      expect(a.set.set).toBe(a.year <= 2025 ? 'test-3' : 'test-4');
    }
  });

  it('writes rows that are all illustrative, without source, date, value or note, and pass the schema', () => {
    const rows = [...filesOf(run()).values()].flat();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const parsed = assessmentRow.parse(r);
      expect(parsed.illustrative).toBe(true);
      expect([parsed.source, parsed.as_of, parsed.value, parsed.note]).toEqual([undefined, undefined, undefined, undefined]);
    }
  });

  it('puts each file in the folder of its unit, sorted by unit and criterion', () => {
    const files = filesOf(run());
    expect([...files.keys()]).toEqual([2021, 2022, 2023, 2024, 2025, 2026].map((y) => `51-quang-ngai/${y}.csv`));
    expect(files.get('51-quang-ngai/2021.csv')!.map((r) => `${r['unit']}/${r['criterion']}`)).toEqual(['10001/1', '10001/2', '10001/3', '10002/1', '10002/2', '10002/3']);
  });
});
