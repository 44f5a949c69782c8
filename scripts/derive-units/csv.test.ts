import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';
import { deriveProvince } from './province.ts';
import { indexSources } from './source-index.ts';
import { fixture } from './test-fixture.ts';
import { sortUnits, UNIT_COLUMNS } from './units.ts';

describe('output text', () => {
  const rows = deriveProvince(indexSources(fixture()), '86').units;

  it('is the same whatever order the rows come in', () => {
    const shuffled = [...rows].reverse();
    expect(toCsv(sortUnits(shuffled), UNIT_COLUMNS)).toBe(toCsv(sortUnits(rows), UNIT_COLUMNS));
  });

  it('writes the schema columns, LF, no BOM, quotes only where needed', () => {
    const withComma = { ...rows[0]!, name: 'A, B' };
    const text = toCsv([withComma, rows[1]!], UNIT_COLUMNS);
    expect(text).toBe('code,name,kind,level,parent_code,valid_from,valid_to,source\n84,"A, B",tỉnh,province,,,2025-06-30,\n86,Vĩnh Long,tỉnh,province,,,2025-06-30,\n');
  });
});
