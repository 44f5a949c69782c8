import { describe, expect, it } from 'vitest';
import { parseGitLog } from './git-log.ts';

const S = '\u0001';
const F = '\u001f';
const E = '\u0002';

// What `git log --format=%x01%H%x1f%cI%x1f%B%x02 -p --unified=0` prints, written out by hand.
const LOG = [
  `${S}aaaa${F}2024-01-02T10:00:00+07:00${F}Thêm số liệu Kon Tum`,
  '',
  'Theo Chỉ thị 04/CT-UBND.',
  `${E}`,
  '',
  'diff --git a/data/figures/51-quang-ngai.csv b/data/figures/51-quang-ngai.csv',
  'new file mode 100644',
  'index 0000000..1111111',
  '--- /dev/null',
  '+++ b/data/figures/51-quang-ngai.csv',
  '@@ -0,0 +1,3 @@',
  '+scope,period,indicator,value',
  '+62,2023-01,xa-dat-chuan,36',
  '+--- a line of data that looks like a header',
  `${S}bbbb${F}2024-02-03T09:30:00+00:00${F}Sửa một dòng${E}`,
  '',
  'diff --git a/data/figures/51-quang-ngai.csv b/data/figures/51-quang-ngai.csv',
  'index 1111111..2222222 100644',
  '--- a/data/figures/51-quang-ngai.csv',
  '+++ b/data/figures/51-quang-ngai.csv',
  '@@ -2 +2 @@',
  '-62,2023-01,xa-dat-chuan,36',
  '+62,2023-01,xa-dat-chuan,37',
  '\\ No newline at end of file',
  '@@ -4 +3,0 @@',
  '---- a line of data that looks like a header',
  'diff --git a/content/directives/a b.md b/content/directives/a b.md',
  'deleted file mode 100644',
  'index 3333333..0000000',
  '--- a/content/directives/a b.md',
  '+++ /dev/null',
  '@@ -1,2 +0,0 @@',
  '----',
  '-number: "20/UBND-NN"',
  '',
].join('\n');

describe('parseGitLog', () => {
  const commits = parseGitLog(LOG);

  it('reads each commit header, including a message on several lines', () => {
    expect(commits.map((c) => [c.hash, c.date, c.message])).toEqual([
      ['aaaa', '2024-01-02T10:00:00+07:00', 'Thêm số liệu Kon Tum\n\nTheo Chỉ thị 04/CT-UBND.'],
      ['bbbb', '2024-02-03T09:30:00+00:00', 'Sửa một dòng'],
    ]);
  });

  it('reads files with their status, and hunk lines by the counts in the @@ header', () => {
    const [first, second] = commits;
    expect(first!.files).toEqual([
      {
        path: 'data/figures/51-quang-ngai.csv',
        status: 'added',
        hunks: [{ oldStart: 0, oldCount: 0, newStart: 1, newCount: 3, removed: [], added: ['scope,period,indicator,value', '62,2023-01,xa-dat-chuan,36', '--- a line of data that looks like a header'] }],
      },
    ]);
    expect(second!.files.map((f) => [f.path, f.status, f.hunks.length])).toEqual([
      ['data/figures/51-quang-ngai.csv', 'modified', 2],
      ['content/directives/a b.md', 'deleted', 1],
    ]);
    expect(second!.files[0]!.hunks[0]).toMatchObject({ oldStart: 2, oldCount: 1, removed: ['62,2023-01,xa-dat-chuan,36'], added: ['62,2023-01,xa-dat-chuan,37'] });
    expect(second!.files[0]!.hunks[1]).toMatchObject({ oldStart: 4, oldCount: 1, newCount: 0, removed: ['--- a line of data that looks like a header'], added: [] });
    expect(second!.files[1]!.hunks[0]!.removed).toEqual(['---', 'number: "20/UBND-NN"']);
  });

  it('gives nothing for empty output (no commit touched the data)', () => {
    expect(parseGitLog('')).toEqual([]);
  });
});
