import { describe, expect, it } from 'vitest';
import { numberOf } from './number-of.ts';

describe('numberOf', () => {
  it('parses the raw number when nothing is set by hand', () => {
    expect(numberOf('~~26~~20/UBND-NN')).toMatchObject({ raw: '~~26~~20/UBND-NN', serial: 20, bodyCode: 'UBND', unitCode: 'NN', struck: ['26'] });
  });

  it('lets hand-set parts win over the parser, keeping the raw string', () => {
    // Cục Thuế writes công văn as …/CT-TTHT: "CT" is the body here, not a chỉ thị.
    const n = numberOf('1234/CT-TTHT', { type_code: '', body_code: 'CT', unit_code: 'TTHT' });
    expect(n).toMatchObject({ raw: '1234/CT-TTHT', typeCode: '', bodyCode: 'CT', unitCode: 'TTHT', serial: 1234 });
  });

  it('keeps a blank serial blank', () => {
    expect(numberOf('/TB-UBND').serial).toBeNull();
  });
});
