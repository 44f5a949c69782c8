// The annotation format, on errors the validator really produces from small broken projects.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvFieldStarts, escapeData, escapeProperty, githubAnnotations, issuePosition } from './github-annotation.ts';
import { validateDataset } from './validate-dataset.ts';
import { CRITERIA, DIRECTIVE, FIGURES, PROGRAMMES, TODAY, csv, line, project, swap, type Change } from './validate-dataset.fixture.ts';

/** Validates the fixture project with `changes` and returns its annotations, read back from disk. */
const annotate = (changes: Record<string, Change>): string[] => {
  const dir = project(changes);
  const readText = (file: string) => {
    try {
      return readFileSync(join(dir, file), 'utf8');
    } catch {
      return undefined;
    }
  };
  return githubAnnotations(validateDataset(dir, TODAY).issues, readText);
};

/** Reads a workflow command back the way the runner does (toolkit's unescaping), to check escaping round-trips. */
const parseCommand = (cmd: string) => {
  const m = /^::(\w+) ([^:]*)::(.*)$/s.exec(cmd);
  if (!m) throw new Error(`not a workflow command: ${cmd}`);
  const unData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const unProp = (s: string) => unData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));
  const props = Object.fromEntries(m[2]!.split(',').map((p) => [p.slice(0, p.indexOf('=')), unProp(p.slice(p.indexOf('=') + 1))]));
  return { command: m[1], props, message: unData(m[3]!) };
};

describe('escaping', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('43% \r\nhai: a,b')).toBe('43%25 %0D%0Ahai: a,b');
    expect(escapeProperty('43% \r\nhai: a,b')).toBe('43%25 %0D%0Ahai%3A a%2Cb');
  });

  it('escapes % first, so an escape sequence written in the data stays as written', () => {
    expect(escapeData('%0A')).toBe('%250A');
    expect(parseCommand(`::error file=${escapeProperty('a%2C.csv')}::${escapeData('%0A')}`)).toEqual({ command: 'error', props: { file: 'a%2C.csv' }, message: '%0A' });
  });
});

describe('csvFieldStarts', () => {
  it('finds where each field starts, not counting commas inside quotes', () => {
    expect(csvFieldStarts('a,"b,c",,d')).toEqual([1, 3, 9, 10]);
    expect(csvFieldStarts('"say ""hi, you""",x')).toEqual([1, 19]);
  });
});

describe('GitHub annotations of real validation errors', () => {
  it('points a CSV cell error at the cell: line and column of the value', () => {
    // Row 2 of the figures: 849,2023-04,xa-dat-chuan,"25.608,6",20,… — the value starts at character 26.
    const [a] = annotate({ [FIGURES]: line(2, '849,2023-04,xa-dat-chuan,"25.608,6",20,,reported,tin-tuc/tra-cu-bao-cao-2024,,') });
    expect(a).toBe(
      '::error file=data/figures/86-vinh-long.csv,line=2,col=26,title=Dữ liệu không hợp lệ%3A cột value::' +
        'data/figures/86-vinh-long.csv:2 cột "value": giá trị "25.608,6" — số viết theo kiểu Excel tiếng Việt; trong tệp dữ liệu hãy viết 25608.6 (dấu chấm cho phần thập phân, không phân cách hàng nghìn)',
    );
  });

  it('counts characters, not bytes, and skips commas inside a quoted cell before the column', () => {
    // qd-318-2022,3,"Thủy lợi và phòng, chống thiên tai",IX — the unknown group starts at character 52.
    const rows = annotate({ [CRITERIA]: line(4, 'qd-318-2022,3,"Thủy lợi và phòng, chống thiên tai",IX') });
    expect(rows).toHaveLength(1);
    const { props, message } = parseCommand(rows[0]!);
    expect(props).toEqual({ file: CRITERIA, line: '4', col: '52', title: 'Dữ liệu không hợp lệ: cột group' });
    expect(message).toMatch(/^data\/criteria\/criteria\.csv:4 cột "group": giá trị "IX" — /);
  });

  it('points a header error at the column name in line 1', () => {
    const [a] = annotate({ [FIGURES]: swap(',note,', ',ghi_chu,') });
    expect(parseCommand(a!).props).toEqual({ file: FIGURES, line: '1', col: '52', title: 'Dữ liệu không hợp lệ: cột ghi_chu' });
  });

  it('points a front-matter error at the value of the field, nested fields included', () => {
    const rows = annotate({ [DIRECTIVE]: (t) => swap('date: "2024-03-15"', 'date: 26/01/2024')(swap('  authority: KT.', '  authority: KT')(t)) });
    expect(rows.map((r) => parseCommand(r).props)).toEqual([
      { file: DIRECTIVE, line: '5', col: '7', title: 'Dữ liệu không hợp lệ: trường date' },
      { file: DIRECTIVE, line: '12', col: '14', title: 'Dữ liệu không hợp lệ: trường signer.authority' },
    ]);
  });

  it('gives a file-wide problem its line but no column', () => {
    const [a] = annotate({ [PROGRAMMES]: (t) => `\uFEFF${t}` });
    expect(a).toBe(
      '::error file=data/programmes.csv,line=1,title=Dữ liệu không hợp lệ::data/programmes.csv:1 — tệp bắt đầu bằng ký tự BOM (thường do Excel lưu "CSV UTF-8"); hãy lưu lại dạng UTF-8 không BOM',
    );
  });

  it('escapes the file name and the value in the message, so the runner reads back what the file says', () => {
    const rows = annotate({
      'data/ghi-chu,2024.csv': csv('a,b', '1,2'),
      [FIGURES]: line(2, '849,2023-04,"xa-dat\nchuan",43%,20,,reported,tin-tuc/tra-cu-bao-cao-2024,,'),
    });
    const parsed = rows.map(parseCommand);
    expect(rows[0]).toMatch(/^::error file=data\/figures\/86-vinh-long\.csv,line=2,col=13,title=[^:]*::data\/figures\/86-vinh-long\.csv:2 cột "indicator": giá trị "xa-dat%0Achuan"/);
    // The quoted line break puts the value cell on line 3: `chuan",43%,…`.
    expect(parsed.map((p) => [p.props.file, p.props.line, p.props.col])).toEqual([
      [FIGURES, '2', '13'],
      [FIGURES, '3', '8'],
      ['data/ghi-chu,2024.csv', undefined, undefined],
    ]);
    expect(parsed[0]!.message).toContain('giá trị "xa-dat\nchuan"');
    expect(parsed[1]!.message).toContain('giá trị "43%"');
    expect(rows[2]).toMatch(/^::error file=data\/ghi-chu%2C2024\.csv,title=Dữ liệu không hợp lệ::/);
  });
});

describe('issuePosition', () => {
  it('has no position when the file cannot be read, the line is past its end or the row is short', () => {
    const issue = { file: FIGURES, line: 3, column: 'value', message: 'x' };
    expect(issuePosition(issue, undefined)).toBeUndefined();
    expect(issuePosition(issue, 'scope,value\n1,2\n')).toBeUndefined();
    expect(issuePosition(issue, 'scope,value\n1,2\n1\n')).toBeUndefined();
    expect(issuePosition(issue, 'scope,value\n1,2\n1,"2"\n')).toEqual({ line: 3, col: 3 });
  });
});
