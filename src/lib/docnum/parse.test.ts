import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formerNumbers, documentNumberKey, numberSearchKeys, parseDocumentNumber, type ParsedNumber } from './parse.ts';

const parse = parseDocumentNumber;
const key = (raw: string): string => documentNumberKey(parse(raw));

/** Expected parts of one number; fields not listed are not checked. */
type Expect = Partial<Omit<ParsedNumber, 'raw'>>;

// Every number in the seed documents, with what the parser must make of it (own fixtures, no file access).
const SEED_NUMBERS: ReadonlyArray<readonly [string, Expect]> = [
  ['Số: /UBND-KT', { normalized: '/UBND-KT', family: 'administrative', serial: null, typeCode: null, bodyCode: 'UBND', unitCode: 'KT', isCongVan: true }],
  ['Số: /TB-UBND', { normalized: '/TB-UBND', family: 'administrative', serial: null, typeCode: 'TB', bodyCode: 'UBND', unitCode: null, isCongVan: false }],
  ['Số: ~~26~~20/UBND-NN', { normalized: '20/UBND-NN', family: 'administrative', serial: 20, bodyCode: 'UBND', unitCode: 'NN', struck: ['26'], isCongVan: true }],
  ['43/TB-UBND', { normalized: '43/TB-UBND', family: 'administrative', serial: 43, typeCode: 'TB', bodyCode: 'UBND' }],
  ['1528/QĐ-UBND', { family: 'administrative', serial: 1528, typeCode: 'QĐ', bodyCode: 'UBND' }],
  ['04/CT-UBND', { normalized: '04/CT-UBND', family: 'administrative', serial: 4, typeCode: 'CT' }],
  ['06-NQ/ĐH', { normalized: '06-NQ/ĐH', family: 'party', serial: 6, typeCode: 'NQ', bodyCode: 'ĐH', unitCode: null }],
  ['81/ND-HĐND', { normalized: '81/ND-HĐND', family: 'administrative', serial: 81, typeCode: 'ND', bodyCode: 'HĐND', isCongVan: false }],
  ['795/KH-UBND', { family: 'administrative', serial: 795, typeCode: 'KH', bodyCode: 'UBND' }],
  ['815-CV/HU', { normalized: '815-CV/HU', family: 'party', serial: 815, typeCode: 'CV', bodyCode: 'HU', isCongVan: false }],
  ['1306/QĐ-UBND', { family: 'administrative', serial: 1306, typeCode: 'QĐ' }],
  ['04-NQ/TU', { family: 'party', serial: 4, typeCode: 'NQ', bodyCode: 'TU' }],
  ['03-NQ/HU', { family: 'party', serial: 3, typeCode: 'NQ', bodyCode: 'HU' }],
  ['27-CT/TU', { family: 'party', serial: 27, typeCode: 'CT', bodyCode: 'TU' }],
];

describe('parseDocumentNumber', () => {
  describe('numbers found in the seed documents', () => {
    for (const [raw, expected] of SEED_NUMBERS) {
      it(`parses ${raw}`, () => {
        expect(parse(raw)).toMatchObject({ raw, ...expected });
      });
    }
  });

  it('reads a legal normative number with its year', () => {
    expect(parse('51/2025/QĐ-TTg')).toMatchObject({
      normalized: '51/2025/QĐ-TTg',
      family: 'legal',
      serial: 51,
      year: 2025,
      typeCode: 'QĐ',
      bodyCode: 'TTg',
      unitCode: null,
    });
  });

  it('reads an individual decision without a year as administrative', () => {
    expect(parse('318/QĐ-TTg')).toMatchObject({ family: 'administrative', year: null, typeCode: 'QĐ', bodyCode: 'TTg' });
  });

  it('reads a decree number', () => {
    expect(parse('30/2020/NĐ-CP')).toMatchObject({ family: 'legal', serial: 30, year: 2020, typeCode: 'NĐ', bodyCode: 'CP' });
  });

  it('reads a National Assembly number without a type code', () => {
    expect(parse('257/2025/QH15')).toMatchObject({
      normalized: '257/2025/QH15',
      family: 'legal',
      serial: 257,
      year: 2025,
      typeCode: null,
      bodyCode: 'QH15',
      isCongVan: false,
    });
  });

  it('reads a công văn with a field code', () => {
    expect(parse('20/UBND-NN')).toMatchObject({ family: 'administrative', typeCode: null, bodyCode: 'UBND', unitCode: 'NN', isCongVan: true });
  });

  it('reads a unit suffix after the body on a typed number', () => {
    expect(parse('69/QĐ-BNN-VPĐP')).toMatchObject({ typeCode: 'QĐ', bodyCode: 'BNN', unitCode: 'VPĐP', isCongVan: false });
  });

  it('keeps "&" inside a unit code', () => {
    expect(parse('806/STP-XD&KTVBQPPL')).toMatchObject({
      normalized: '806/STP-XD&KTVBQPPL',
      bodyCode: 'STP',
      unitCode: 'XD&KTVBQPPL',
      isCongVan: true,
    });
  });

  it('reads the NĐ 30 sample công văn numbers', () => {
    expect(parse('12/UBND-VX')).toMatchObject({ serial: 12, bodyCode: 'UBND', unitCode: 'VX', isCongVan: true });
    expect(parse('5/BNV-VP')).toMatchObject({ serial: 5, bodyCode: 'BNV', unitCode: 'VP', isCongVan: true });
  });

  it('keeps the raw string exactly as given', () => {
    const raw = '  Số:  43 / TB - UBND ';
    expect(parse(raw).raw).toBe(raw);
  });

  it('removes spaces around the separators', () => {
    expect(parse('43 / TB - UBND')).toMatchObject({ normalized: '43/TB-UBND', typeCode: 'TB', serial: 43 });
  });

  it('reads a space typed instead of the slash', () => {
    expect(parse('43 TB-UBND')).toMatchObject({ normalized: '43/TB-UBND', family: 'administrative', typeCode: 'TB' });
  });

  it('reads a space typed instead of the Party dash', () => {
    expect(parse('815 CV/HU')).toMatchObject({ normalized: '815-CV/HU', family: 'party', typeCode: 'CV' });
  });

  it('matches lower-case type codes and restores canonical case', () => {
    expect(parse('43/tb-ubnd')).toMatchObject({ normalized: '43/TB-UBND', typeCode: 'TB', bodyCode: 'UBND' });
  });

  it('restores mixed-case codes from lower-case input', () => {
    expect(parse('12/ttr-ubnd').normalized).toBe('12/TTr-UBND');
    expect(parse('318/qđ-ttg').normalized).toBe('318/QĐ-TTg');
  });

  it('restores canonical case on lower-case Party and legal numbers', () => {
    expect(parse('815-cv/hu').normalized).toBe('815-CV/HU');
    expect(parse('30/2020/nđ-cp').normalized).toBe('30/2020/NĐ-CP');
  });

  it('keeps a segment the writer already cased', () => {
    expect(parse('12/SNN-TTr').unitCode).toBe('TTr');
  });

  it('replaces the look-alike Ð', () => {
    expect(parse('1528/Q\u00D0-UBND')).toMatchObject({ normalized: '1528/QĐ-UBND', typeCode: 'QĐ' });
  });

  it('accepts en dashes and a lower-case label', () => {
    expect(parse('số 43/TB–UBND').normalized).toBe('43/TB-UBND');
  });

  it('strips an upper-case label', () => {
    expect(parse('SỐ: 04/CT-UBND').normalized).toBe('04/CT-UBND');
  });

  it('resolves an HTML strike to the number in force', () => {
    expect(parse('<del>26</del>20/UBND-NN')).toMatchObject({ normalized: '20/UBND-NN', serial: 20, struck: ['26'] });
  });

  it('has no struck text on an ordinary number', () => {
    expect(parse('43/TB-UBND').struck).toEqual([]);
  });

  it('drops trailing sentence punctuation', () => {
    expect(parse('43/TB-UBND.').normalized).toBe('43/TB-UBND');
  });

  it('drops a closing bracket left by a citation', () => {
    expect(parse('815-CV/HU)').normalized).toBe('815-CV/HU');
  });

  it('treats a first code that differs from a known code only by Đ as a type code', () => {
    expect(parse('12/QD-UBND')).toMatchObject({ typeCode: 'QD', bodyCode: 'UBND', isCongVan: false });
  });

  describe('unparseable input', () => {
    const garbage = ['', '   ', 'abc', 'Số:', 'V/v', '26/01/2024', '42/85', '2021-2025', '43/TB', '///', '~~~~', 'Quyết định số 1528/QĐ-UBND'];
    for (const raw of garbage) {
      it(`returns family unknown for ${JSON.stringify(raw)}`, () => {
        expect(parse(raw)).toMatchObject({
          raw,
          family: 'unknown',
          serial: null,
          year: null,
          typeCode: null,
          bodyCode: null,
          unitCode: null,
          isCongVan: false,
        });
      });
    }

    it('does not throw on a non-string at run time', () => {
      expect(parse(undefined as unknown as string).family).toBe('unknown');
    });

    it('still cleans the text of an unknown number', () => {
      expect(parse(' Số:  abc def ').normalized).toBe('abcdef');
    });
  });
});

describe('documentNumberKey', () => {
  it('lower-cases the in-force number', () => {
    expect(key('43/TB-UBND')).toBe('43/tb-ubnd');
  });

  it('is the same for spaced, lower-case and look-alike spellings', () => {
    const expected = key('1528/QĐ-UBND');
    expect(key('Số: 1528 / qđ - ubnd')).toBe(expected);
    expect(key('1528/Q\u00D0-UBND')).toBe(expected);
  });

  it('drops the leading zero of the serial', () => {
    expect(key('04/CT-UBND')).toBe(key('4/CT-UBND'));
    expect(key('06-NQ/ĐH')).toBe('6-nq/đh');
  });

  it('uses the number in force, not the struck one', () => {
    expect(key('~~26~~20/UBND-NN')).toBe('20/ubnd-nn');
  });

  it('is empty when the serial is blank', () => {
    expect(key('Số: /UBND-KT')).toBe('');
  });

  it('keeps Đ distinct from D', () => {
    expect(key('12/HĐ-UBND')).not.toBe(key('12/HD-UBND'));
  });

  it('keeps the year of a legal number', () => {
    expect(key('51/2025/QĐ-TTg')).toBe('51/2025/qđ-ttg');
  });
});

describe('numberSearchKeys', () => {
  it('returns the in-force key alone for an ordinary number', () => {
    expect(numberSearchKeys(parse('43/TB-UBND'))).toEqual(['43/tb-ubnd']);
  });

  it('adds the struck serial as a second key', () => {
    expect(numberSearchKeys(parse('Số: ~~26~~20/UBND-NN'))).toEqual(['20/ubnd-nn', '26/ubnd-nn']);
  });

  it('adds a struck unit code as a variant', () => {
    expect(numberSearchKeys(parse('20/UBND-~~KT~~NN'))).toEqual(['20/ubnd-nn', '20/ubnd-kt']);
  });

  it('adds a whole struck number', () => {
    expect(numberSearchKeys(parse('~~26/UBND-NN~~ 20/UBND-NN'))).toEqual(['20/ubnd-nn', '26/ubnd-nn']);
  });

  it('returns nothing for a blank number', () => {
    expect(numberSearchKeys(parse('Số: /TB-UBND'))).toEqual([]);
  });
});

// The real seed documents, when the shared folder is present next to the repo.
const SEEDS = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const haveSeeds = existsSync(SEEDS);
if (!haveSeeds) console.warn(`[parse.test] ${SEEDS} not found: skipping the seed-document checks (own fixtures still run).`);

describe.skipIf(!haveSeeds)('parseDocumentNumber on the seed documents', () => {
  const SEED_FILES = [
    '000_8c87c25726be7be8.txt',
    '001_2081b58e4683f178.txt',
    '002_4a82dbd924c041c9.txt',
    '003_5a3f0870451a0774.txt',
    '004_abe45f841ef3565f.txt',
  ];
  const read = (name: string): string => readFileSync(`${SEEDS}${name}`, 'utf8');
  const numberLine = (text: string): string => text.split('\n').find((l) => l.trim().startsWith('Số:'))?.trim() ?? '';

  it('reads the blank công văn number of seed 000', () => {
    expect(parse(numberLine(read('000_8c87c25726be7be8.txt')))).toMatchObject({ normalized: '/UBND-KT', serial: null, isCongVan: true });
  });

  it('reads the blank thông báo number of seed 002', () => {
    expect(parse(numberLine(read('002_4a82dbd924c041c9.txt')))).toMatchObject({ normalized: '/TB-UBND', typeCode: 'TB', serial: null });
  });

  it('reads the corrected number of seed 004', () => {
    const p = parse(numberLine(read('004_abe45f841ef3565f.txt')));
    expect(p).toMatchObject({ normalized: '20/UBND-NN', serial: 20, struck: ['26'] });
    expect(numberSearchKeys(p)).toEqual(['20/ubnd-nn', '26/ubnd-nn']);
  });

  it('finds every fixture number cited after "số" in the seeds, and parses each citation', () => {
    const all = SEED_FILES.map(read).join('\n');
    const cited = [...all.matchAll(/\bsố\s+([\d~][^\s,;]*)/giu)].map((m) => m[1] ?? '');
    for (const [raw] of SEED_NUMBERS.slice(3)) expect(cited).toContain(raw);
    for (const raw of cited) expect(parse(raw).family, raw).not.toBe('unknown');
  });
});

describe('formerNumbers', () => {
  it('rebuilds the whole number printed before a correction', () => {
    expect(formerNumbers('Số: ~~26~~20/UBND-NN')).toEqual(['26/UBND-NN']);
    expect(formerNumbers('~~12/UBND-KT~~ 15/UBND-KT')).toEqual(['12/UBND-KT']);
    expect(formerNumbers('20/UBND-NN')).toEqual([]);
  });
});
