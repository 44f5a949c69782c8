import { describe, expect, it } from 'vitest';
import { unitId } from '../../src/lib/units/unit-index.ts';
import { toCsv } from './csv.ts';
import { filesOf } from './rows.ts';
import { run } from './test-fixture.ts';

describe('generate (fixture)', () => {
  it('is deterministic for the same seeds', () => {
    const texts = (a: ReturnType<typeof run>) => [...filesOf(a)].map(([p, rows]) => `${p}\n${toCsv(rows)}`);
    expect(texts(run())).toEqual(texts(run()));
    expect(run()).toEqual(run());
  });

  it('assesses only xã under the scope in the old years', () => {
    const codes = new Set(run().filter((a) => a.year <= 2024).map((a) => a.unit.code));
    expect([...codes].sort()).toEqual(['10001', '10002']);
  });

  it('uses the lineage to pick the current communes of 2025 and 2026', () => {
    for (const year of [2025, 2026]) {
      const units = run().filter((a) => a.year === year);
      expect(units.map((a) => unitId(a.unit))).toEqual(['10002:2025-07-01']);
      expect(units[0]!.scopes).toEqual(['62']);
    }
  });

  it('never meets more criteria than the set has, and never all of a new set in its first year', () => {
    for (const a of run()) expect(a.met.length).toBeLessThanOrEqual(a.set.numbers.length);
    for (const a of run().filter((x) => x.year === 2026)) expect(a.met.length).toBeLessThan(4);
  });

  it('keeps a recognised commune complete from the year it was recognised for', () => {
    const recognised = run().filter((a) => a.unit.code === '10001');
    expect(recognised.map((a) => [a.year, a.met])).toEqual([2021, 2022, 2023, 2024].map((y) => [y, [1, 2, 3]]));
  });
});
