import { describe, expect, it } from 'vitest';
import { applyCommit, emptyHistory, frontMatterHints, ITEM_CAP, loadHistory, saveHistory, unitSubject, type HistoryState } from './fold.ts';
import type { FileDiff, RawCommit } from './git-log.ts';

const created = (path: string, lines: string[]): FileDiff => ({
  path,
  status: 'added',
  hunks: [{ oldStart: 0, oldCount: 0, newStart: 1, newCount: lines.length, removed: [], added: lines }],
});
const edit = (path: string, at: number, removed: string[], added: string[], newAt = at): FileDiff => ({
  path,
  status: 'modified',
  hunks: [{ oldStart: at, oldCount: removed.length, newStart: newAt, newCount: added.length, removed, added }],
});
const commit = (hash: string, date: string, message: string, files: FileDiff[]): RawCommit => ({ hash, date, message, files });

const A_HEAD = 'unit,year,as_of,set,criterion,met,value,note,source,illustrative';
const F_HEAD = 'scope,period,indicator,value,of,target,kind,source,note,illustrative';

const COMMITS: RawCommit[] = [
  commit('c1', '2024-01-01T08:00:00+07:00', 'Dữ liệu ban đầu\n\nHai xã, một số liệu.', [
    created('content/directives/ubnd-x-1-2024.md', ['---', 'number: "1/UBND-NN"', 'issuer: UBND huyện X', '---', 'Nội dung.']),
    created('data/assessments/86-vinh-long/2024.csv', [A_HEAD, '29489,2024,,qd-318-2022,1,1,,,,1', '29489,2024,,qd-318-2022,2,0,,,,1', '29490,2024,,qd-318-2022,1,1,,,,1']),
    created('data/figures/86-vinh-long.csv', [F_HEAD, '849,2023-04,xa-dat-chuan,12,,,reported,,,', '849,2023-04,xa-nang-cao,2,,,reported,,,']),
  ]),
  commit('c2', '2024-02-01T08:00:00+07:00', 'Sửa một tiêu chí của xã 29489', [
    edit('data/assessments/86-vinh-long/2024.csv', 3, ['29489,2024,,qd-318-2022,2,0,,,,1'], ['29489,2024,,qd-318-2022,2,1,,,,1']),
  ]),
  commit('c3', '2024-03-01T08:00:00+07:00', 'Bỏ một số liệu; thêm văn bản', [
    edit('data/figures/86-vinh-long.csv', 3, ['849,2023-04,xa-nang-cao,2,,,reported,,,'], [], 2),
    created('content/news/tin-moi.md', ['---', 'title: "Tin mới"', '---']),
  ]),
  // Rows sorted differently and a blank column appended: no row changed.
  commit('c4', '2024-04-01T08:00:00+07:00', 'Sắp xếp lại, thêm cột trống', [
    edit('data/figures/86-vinh-long.csv', 1, [F_HEAD, '849,2023-04,xa-dat-chuan,12,,,reported,,,'], [`${F_HEAD},extra`, '849,2023-04,xa-dat-chuan,12,,,reported,,,,']),
  ]),
];

const fold = (commits: RawCommit[], start: HistoryState = emptyHistory()) => {
  for (const c of commits) applyCommit(start, c);
  return start;
};

describe('applyCommit', () => {
  const h = fold(COMMITS);
  const changesOf = (hash: string) => h.changes.find((c) => h.commits[c.commit]!.hash === hash);

  it('keeps every commit with its subject and body', () => {
    expect(h.commits.map((c) => [c.hash, c.subject, c.body])).toEqual([
      ['c1', 'Dữ liệu ban đầu', 'Hai xã, một số liệu.'],
      ['c2', 'Sửa một tiêu chí của xã 29489', ''],
      ['c3', 'Bỏ một số liệu; thêm văn bản', ''],
      ['c4', 'Sắp xếp lại, thêm cột trống', ''],
    ]);
    expect(h.head).toBe('c4');
  });

  it('lists what each commit added, changed and removed, an assessment as one item per commune and year', () => {
    expect(changesOf('c1')!.items.map((i) => [i.kind, i.action, i.key, i.rows])).toEqual([
      ['directives', 'added', 'ubnd-x-1-2024', undefined],
      ['assessments', 'added', '29489|2024', 2],
      ['assessments', 'added', '29490|2024', 1],
      ['figures', 'added', '849|2023-04|xa-dat-chuan|reported', undefined],
      ['figures', 'added', '849|2023-04|xa-nang-cao|reported', undefined],
    ]);
    expect(changesOf('c1')!.items[0]!.fields).toEqual({ number: '1/UBND-NN', issuer: 'UBND huyện X' });
    expect(changesOf('c1')!.counts).toEqual({
      directives: { added: 1, changed: 0, removed: 0 },
      assessments: { added: 2, changed: 0, removed: 0 },
      figures: { added: 2, changed: 0, removed: 0 },
    });
    expect(changesOf('c2')!.items.map((i) => [i.kind, i.action, i.key, i.rows])).toEqual([['assessments', 'changed', '29489|2024', 1]]);
    expect(changesOf('c3')!.items.map((i) => [i.kind, i.action, i.key])).toEqual([
      ['news', 'added', 'tin-moi'],
      ['figures', 'removed', '849|2023-04|xa-nang-cao|reported'],
    ]);
    expect(changesOf('c3')!.items[1]!.fields).toMatchObject({ indicator: 'xa-nang-cao', value: '2' });
  });

  it('records no change for rows that only moved or gained a blank column, but follows the new header', () => {
    expect(changesOf('c4')).toBeUndefined();
    expect(h.headers.get('data/figures/86-vinh-long.csv')).toContain('extra');
    expect(h.files.get('data/figures/86-vinh-long.csv')).toBe(3);
  });

  it('marks the last change of each file, row and unit, removals included', () => {
    expect(h.files.get('content/directives/ubnd-x-1-2024.md')).toBe(0);
    expect(h.rows.get('figures|849|2023-04|xa-dat-chuan|reported')).toBe(0);
    expect(h.rows.get('figures|849|2023-04|xa-nang-cao|reported')).toBe(2);
    expect(h.units.get('29489@2024-12-31')).toBe(1);
    expect(h.units.get('29490@2024-12-31')).toBe(0);
  });

  it('keeps the first ITEM_CAP items of a big commit and counts them all', () => {
    const rows = Array.from({ length: ITEM_CAP + 10 }, (_, i) => `${10000 + i},2024,,qd-318-2022,1,1,,,,1`);
    const big = fold([commit('big', '2024-01-01T00:00:00Z', 'Nhiều xã', [created('data/assessments/12-lai-chau/2024.csv', [A_HEAD, ...rows])])]);
    expect(big.changes[0]!.items).toHaveLength(ITEM_CAP);
    expect(big.changes[0]!.total).toBe(ITEM_CAP + 10);
    expect(big.changes[0]!.counts.assessments!.added).toBe(ITEM_CAP + 10);
  });

  it('gives the same state folded at once or saved half-way and continued (the cache relies on it)', () => {
    const saved = JSON.parse(JSON.stringify(saveHistory(fold(COMMITS.slice(0, 2)))));
    const continued = fold(COMMITS.slice(2), loadHistory(saved)!);
    expect(saveHistory(continued)).toEqual(saveHistory(h));
    expect(loadHistory({ ...saved, version: -1 })).toBeUndefined();
  });
});

describe('unitSubject', () => {
  it('resolves a row at the date the site resolves it', () => {
    expect(unitSubject('assessments', { unit: '29489', year: '2024' })).toBe('29489@2024-12-31');
    expect(unitSubject('assessments', { unit: '29489', year: '2024', as_of: '2024-06-30' })).toBe('29489@2024-06-30');
    expect(unitSubject('assessments', { unit: '29489@2025-06-30', year: '2025' })).toBe('29489@2025-06-30');
    expect(unitSubject('recognitions', { unit: '29473', year: '2021', decision_date: '2022-04-07' })).toBe('29473@2022-04-07');
    expect(unitSubject('units', { code: '29489', valid_from: '2025-07-01' })).toBe('29489:2025-07-01');
    expect(unitSubject('units', { code: '83' })).toBe('83:-');
    expect(unitSubject('figures', { scope: '62' })).toBeUndefined();
  });
});

describe('frontMatterHints', () => {
  it('takes the first value of a few naming fields, unquoted', () => {
    expect(frontMatterHints(['---', 'number: "~~26~~20/UBND-NN"', "issuer: 'UBND tỉnh Quảng Trị'", 'summary: >-', 'title: Một tin', 'title: bỏ qua'])).toEqual({
      number: '~~26~~20/UBND-NN',
      issuer: 'UBND tỉnh Quảng Trị',
      title: 'Một tin',
    });
  });
});
