import { describe, expect, it } from 'vitest';
import { amendBody, flipFirstAssessment } from './mutate.ts';

describe('flipFirstAssessment', () => {
  const csv = 'unit,year,as_of,set,criterion,met,value,note,source,illustrative\n03390,2026,,qd-51-2025,1,1,,,,1\n03390,2026,,qd-51-2025,2,0,,,,1\n';

  it('flips met in the first data row only, keeping the rest byte for byte', () => {
    const { text, row } = flipFirstAssessment(csv);
    expect(text).toBe(csv.replace('qd-51-2025,1,1,', 'qd-51-2025,1,0,'));
    expect(row).toMatchObject({ unit: '03390', criterion: '1', met: '0' });
    expect(flipFirstAssessment(text).text).toBe(csv);
  });

  it('refuses a file that is not an assessments table', () => {
    expect(() => flipFirstAssessment('a,b\n1,2\n')).toThrow();
  });
});

describe('amendBody', () => {
  it('adds one sentence as a last paragraph', () => {
    expect(amendBody('---\na: 1\n---\n\nText.\n', 'More.')).toBe('---\na: 1\n---\n\nText.\n\nMore.\n');
  });
});
