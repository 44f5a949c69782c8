/**
 * The change history read from a real git repository made here, with known commits: a directive
 * added, a CSV row changed, a row removed, a commit outside the data, and a merge. Hashes come from
 * git itself; the dates are the ones the commits were made with.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readDataHistory, historyCacheDir } from './git-history.ts';
import { saveHistory } from '../lib/history/fold.ts';
import { describeChanges, type ChangeLookups } from '../lib/history/describe.ts';

const base = mkdtempSync(join(tmpdir(), 'ntm-history-'));
const repo = join(base, 'repo');

const git = (args: string[], date = '2024-01-01T00:00:00+07:00', cwd = repo): string =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'Văn phòng Điều phối',
      GIT_AUTHOR_EMAIL: 'vp@example.org',
      GIT_COMMITTER_NAME: 'Văn phòng Điều phối',
      GIT_COMMITTER_EMAIL: 'vp@example.org',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  }).trim();

const write = (path: string, text: string) => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const commit = (message: string, date: string) => {
  git(['add', '-A'], date);
  git(['commit', '-q', '-m', message], date);
  return git(['rev-parse', 'HEAD']);
};

const A = 'data/assessments/86-vinh-long/2024.csv';
const A_HEAD = 'unit,year,as_of,set,criterion,met,value,note,source,illustrative';
const F = 'data/figures/86-vinh-long.csv';
const F_HEAD = 'scope,period,indicator,value,of,target,kind,source,note,illustrative';
const directive = (n: number) => `---\nnumber: "${n}/UBND-NN"\nissuer: UBND huyện Thử Nghiệm\n---\nNội dung tự soạn cho phép thử.\n`;

const hashes: Record<string, string> = {};

beforeAll(() => {
  mkdirSync(repo);
  git(['init', '-q', '-b', 'main']);
  write(A, [A_HEAD, '29489,2024,,qd-318-2022,1,1,,,,1', '29489,2024,,qd-318-2022,2,0,,,,1', '29490,2024,,qd-318-2022,1,1,,,,1', ''].join('\n'));
  write(F, [F_HEAD, '849,2023-04,xa-dat-chuan,12,,,reported,,,', '849,2023-04,xa-nang-cao,2,,,reported,,,', ''].join('\n'));
  write('content/directives/ubnd-thu-1-2024.md', directive(1));
  hashes.initial = commit('Dữ liệu ban đầu', '2024-01-10T09:00:00+07:00');
  write('content/directives/ubnd-thu-2-2024.md', directive(2));
  hashes.directive = commit('Thêm văn bản 2/UBND-NN', '2024-02-01T09:00:00+07:00');
  write(A, [A_HEAD, '29489,2024,,qd-318-2022,1,1,,,,1', '29489,2024,,qd-318-2022,2,1,,,,1', '29490,2024,,qd-318-2022,1,1,,,,1', ''].join('\n'));
  hashes.row = commit('Sửa tiêu chí 2 của xã 29489', '2024-03-01T09:00:00+07:00');
  write(F, [F_HEAD, '849,2023-04,xa-dat-chuan,12,,,reported,,,', ''].join('\n'));
  hashes.removed = commit('Bỏ số liệu xã nâng cao', '2024-04-01T09:00:00+07:00');
  write('README.md', 'Không phải dữ liệu.\n');
  hashes.readme = commit('README', '2024-04-15T09:00:00+07:00');
  // A change made on a branch in May and merged in June counts from June, as one change.
  git(['checkout', '-q', '-b', 'office'], '2024-05-10T09:00:00+07:00');
  write(A, [A_HEAD, '29489,2024,,qd-318-2022,1,1,,,,1', '29489,2024,,qd-318-2022,2,1,,,,1', '29490,2024,,qd-318-2022,1,0,,,,1', ''].join('\n'));
  hashes.branch = commit('Sửa xã 29490', '2024-05-10T09:00:00+07:00');
  git(['checkout', '-q', 'main'], '2024-06-01T09:00:00+07:00');
  git(['merge', '-q', '--no-ff', '-m', 'Merge office: kết quả xã 29490', 'office'], '2024-06-01T09:00:00+07:00');
  hashes.merge = git(['rev-parse', 'HEAD']);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const lookups: ChangeLookups = {
  entry: (kind, id) => (kind === 'directives' ? { name: `Văn bản ${id}`, path: `/van-ban/${id}/` } : undefined),
  unitAt: (code) => ({ name: `Xã ${code}`, path: `/dia-phuong/${code}/` }),
  unitById: () => undefined,
  indicator: (k) => k,
  programme: (k) => k,
  level: (_s, l) => l,
  scope: (cell) => cell,
  tablePath: () => '/ket-qua/',
};

describe('readDataHistory on a scratch repository', () => {
  it('reads every commit that changed data along the published branch, once, in one git log', async () => {
    const h = await readDataHistory(repo);
    expect(h.status).toBe('ok');
    expect(h.source).toBe('full');
    expect(h.head).toBe(hashes.merge);
    expect(h.state.commits.map((c) => c.hash)).toEqual([hashes.initial, hashes.directive, hashes.row, hashes.removed, hashes.merge]);
    expect(h.read).toBe(5);
  });

  it('gives the change list /thay-doi/ renders: newest first, what was added, changed, removed, with the message', async () => {
    const { state } = await readDataHistory(repo);
    const list = describeChanges(state, lookups, { limit: 20, commitUrl: (x) => `https://example.org/r/commit/${x}` });
    expect(list.map((e) => [e.hash, e.day, e.subject, e.summary])).toEqual([
      [hashes.merge, '01/06/2024', 'Merge office: kết quả xã 29490', 'Sửa 1 kết quả đánh giá tiêu chí'],
      [hashes.removed, '01/04/2024', 'Bỏ số liệu xã nâng cao', 'Xóa 1 số liệu kết quả'],
      [hashes.row, '01/03/2024', 'Sửa tiêu chí 2 của xã 29489', 'Sửa 1 kết quả đánh giá tiêu chí'],
      [hashes.directive, '01/02/2024', 'Thêm văn bản 2/UBND-NN', 'Thêm 1 văn bản'],
      [hashes.initial, '10/01/2024', 'Dữ liệu ban đầu', 'Thêm 1 văn bản, 2 kết quả đánh giá tiêu chí, 2 số liệu kết quả'],
    ]);
    expect(list[0]!.groups).toEqual([{ action: 'changed', heading: 'Sửa', lines: [{ kind: 'assessments', label: 'Xã 29490: kết quả đánh giá năm 2024', path: '/dia-phuong/29490/', detail: '1 tiêu chí' }] }]);
    expect(list[1]!.groups[0]!.lines).toEqual([{ kind: 'figures', label: 'xa-nang-cao: 849, tháng 04/2023', path: '/ket-qua/', detail: 'số liệu kết quả' }]);
    expect(list[3]!.groups[0]!.lines).toEqual([{ kind: 'directives', label: 'Văn bản ubnd-thu-2-2024', path: '/van-ban/ubnd-thu-2-2024/', detail: 'văn bản' }]);
    expect(list[3]!.commitUrl).toBe(`https://example.org/r/commit/${hashes.directive}`);
  });

  it('marks when each file, row and commune last changed, as git log itself says', async () => {
    const { state } = await readDataHistory(repo);
    const hashOf = (i: number | undefined) => (i === undefined ? undefined : state.commits[i]!.hash);
    const lastTouching = (path: string) => git(['log', '--first-parent', '-1', '--format=%H', '--', path]);
    expect(hashOf(state.files.get('content/directives/ubnd-thu-1-2024.md'))).toBe(lastTouching('content/directives/ubnd-thu-1-2024.md'));
    expect(hashOf(state.files.get(A))).toBe(lastTouching(A));
    expect(hashOf(state.rows.get('figures|849|2023-04|xa-nang-cao|reported'))).toBe(hashes.removed);
    expect(hashOf(state.rows.get('figures|849|2023-04|xa-dat-chuan|reported'))).toBe(hashes.initial);
    expect(hashOf(state.units.get('29489@2024-12-31'))).toBe(hashes.row);
    expect(hashOf(state.units.get('29490@2024-12-31'))).toBe(hashes.merge);
  });

  it('reuses the cache for the same commit, and folds only the new commits for a later one', async () => {
    const again = await readDataHistory(repo);
    expect(again.source).toBe('cache');
    write('content/directives/ubnd-thu-3-2024.md', directive(3));
    const next = commit('Thêm văn bản 3/UBND-NN', '2024-07-01T09:00:00+07:00');
    const incremental = await readDataHistory(repo);
    expect(incremental.source).toBe('incremental');
    expect(incremental.read).toBe(1);
    expect(incremental.head).toBe(next);
    rmSync(historyCacheDir(repo), { recursive: true, force: true });
    const full = await readDataHistory(repo);
    expect(full.source).toBe('full');
    expect(saveHistory(incremental.state)).toEqual(saveHistory(full.state));
  });
});

describe('readDataHistory without usable history', () => {
  it('says shallow for a shallow clone (CI checkouts are depth 1 by default)', async () => {
    const shallow = join(base, 'shallow');
    git(['clone', '-q', '--depth', '1', `file://${repo}`, shallow], undefined, base);
    const h = await readDataHistory(shallow);
    expect(h.status).toBe('shallow');
    expect(h.state.commits).toEqual([]);
  });

  it('says no-repository for a folder that is not a checkout (a tarball)', async () => {
    const plain = join(base, 'tarball');
    mkdirSync(join(plain, 'data'), { recursive: true });
    const saved = process.env.GIT_CEILING_DIRECTORIES;
    process.env.GIT_CEILING_DIRECTORIES = base;
    try {
      expect((await readDataHistory(plain)).status).toBe('no-repository');
    } finally {
      if (saved === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
      else process.env.GIT_CEILING_DIRECTORIES = saved;
    }
  });

  it('says no-git when git is not installed', async () => {
    const saved = process.env.PATH;
    process.env.PATH = join(base, 'no-such-bin');
    try {
      expect((await readDataHistory(repo)).status).toBe('no-git');
    } finally {
      process.env.PATH = saved;
    }
  });
});
