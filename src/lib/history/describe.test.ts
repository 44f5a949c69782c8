import { describe, expect, it } from 'vitest';
import { changeSummary, describeChanges, describeItem, type ChangeLookups } from './describe.ts';
import { applyCommit, emptyHistory, type ChangeItem } from './fold.ts';
import { changeNote, newer } from './note.ts';

// A tiny world: one commune under two codes' periods, one indicator, one level, one directive.
const lookups: ChangeLookups = {
  entry: (kind, id) => (kind === 'directives' && id === 'ubnd-x-1-2024' ? { name: 'Công văn 1/UBND-NN, UBND huyện X', path: '/van-ban/ubnd-x-1-2024/' } : undefined),
  unitAt: (code, date) =>
    code === '29489' ? (date < '2025-07-01' ? { name: 'Xã Hàm Tân', path: '/dia-phuong/truoc-2025/29489-xa-ham-tan/' } : { name: 'Xã Hàm Giang', path: '/dia-phuong/29489-xa-ham-giang/' }) : undefined,
  unitById: (id) => (id === '29489:2025-07-01' ? { name: 'Xã Hàm Giang', path: '/dia-phuong/29489-xa-ham-giang/' } : undefined),
  indicator: (k) => (k === 'xa-dat-chuan' ? 'Số xã được công nhận đạt chuẩn nông thôn mới' : undefined),
  programme: () => undefined,
  level: (set, level) => (set === 'qd-318-2022' && level === 'dat-chuan' ? 'Đạt chuẩn nông thôn mới' : undefined),
  scope: (cell) => (cell === 'VN' ? 'Cả nước' : `mã ${cell}`),
  tablePath: (dataset) => (dataset === 'figures' ? '/ket-qua/#reported-figures' : `/du-lieu/#${dataset}`),
};

const item = (kind: string, action: ChangeItem['action'], key: string, fields: Record<string, string>, rows?: number): ChangeItem => ({ kind, action, key, fields, ...(rows ? { rows } : {}) });

describe('describeItem', () => {
  it('names an existing entry from the data and links it; a removed one from its old front matter', () => {
    expect(describeItem(item('directives', 'changed', 'ubnd-x-1-2024', {}), lookups)).toEqual({ kind: 'directives', label: 'Công văn 1/UBND-NN, UBND huyện X', path: '/van-ban/ubnd-x-1-2024/', detail: 'văn bản' });
    expect(describeItem(item('directives', 'removed', 'cu', { number: '5/KH-UBND', issuer: 'UBND xã Y' }), lookups)).toEqual({ kind: 'directives', label: '5/KH-UBND, UBND xã Y', detail: 'văn bản' });
    expect(describeItem(item('news', 'removed', 'tin-cu', {}), lookups).label).toBe('tin-cu');
  });

  it('names an assessment by the commune in force at its year, with the number of criteria rows', () => {
    expect(describeItem(item('assessments', 'changed', '29489|2024', { unit: '29489', year: '2024' }, 3), lookups)).toEqual({
      kind: 'assessments',
      label: 'Xã Hàm Tân: kết quả đánh giá năm 2024',
      path: '/dia-phuong/truoc-2025/29489-xa-ham-tan/',
      detail: '3 tiêu chí',
    });
    expect(describeItem(item('assessments', 'added', '29489|2026', { unit: '29489', year: '2026' }), lookups).label).toBe('Xã Hàm Giang: kết quả đánh giá năm 2026');
    expect(describeItem(item('assessments', 'added', '99999|2026', { unit: '99999', year: '2026' }), lookups)).toMatchObject({ label: 'đơn vị mã 99999: kết quả đánh giá năm 2026' });
  });

  it('names figures, recognitions, units and reference rows', () => {
    expect(describeItem(item('figures', 'removed', 'VN|2024-01|xa-dat-chuan|reported', { scope: 'VN', period: '2024-01', indicator: 'xa-dat-chuan' }), lookups)).toEqual({
      kind: 'figures',
      label: 'Số xã được công nhận đạt chuẩn nông thôn mới: Cả nước, tháng 01/2024',
      path: '/ket-qua/#reported-figures',
      detail: 'số liệu kết quả',
    });
    expect(describeItem(item('recognitions', 'added', 'k', { unit: '29489', set: 'qd-318-2022', level: 'dat-chuan', year: '2021', decision_date: '2022-04-07' }), lookups).label).toBe(
      'Xã Hàm Tân: Đạt chuẩn nông thôn mới, năm 2021',
    );
    expect(describeItem(item('units', 'added', '29489|2025-07-01', { code: '29489', name: 'Hàm Giang', kind: 'xã', valid_from: '2025-07-01' }), lookups)).toEqual({
      kind: 'units',
      label: 'Xã Hàm Giang',
      path: '/dia-phuong/29489-xa-ham-giang/',
      detail: 'đơn vị hành chính',
    });
    expect(describeItem(item('lineage', 'added', 'k', { old_code: '29489', new_code: '29489', date: '2025-07-01' }), lookups).label).toBe('Xã Hàm Tân → Xã Hàm Giang, từ 01/07/2025');
    expect(describeItem(item('criteria', 'changed', 'qd-318-2022|3', { set: 'qd-318-2022', number: '3', name: 'Thủy lợi' }), lookups)).toEqual({
      kind: 'criteria',
      label: '3. Thủy lợi (qd-318-2022)',
      path: '/du-lieu/#criteria',
      detail: 'tiêu chí',
    });
    expect(describeItem(item('file', 'changed', 'data/khac.csv', {}), lookups).label).toBe('Tệp data/khac.csv');
  });
});

describe('changeSummary', () => {
  it('counts by action then kind, in the page’s order', () => {
    expect(changeSummary({ figures: { added: 1, changed: 0, removed: 2 }, directives: { added: 2, changed: 1, removed: 0 } })).toBe('Thêm 2 văn bản, 1 số liệu kết quả; sửa 1 văn bản; xóa 2 số liệu kết quả');
  });
});

describe('describeChanges', () => {
  it('lists the newest commits first, grouped by action, with links to the commit', () => {
    const h = emptyHistory();
    const file = (path: string, lines: string[]) => ({ path, status: 'added' as const, hunks: [{ oldStart: 0, oldCount: 0, newStart: 1, newCount: lines.length, removed: [], added: lines }] });
    applyCommit(h, { hash: 'a'.repeat(40), date: '2024-01-01T20:00:00Z', message: 'Một', files: [file('content/directives/ubnd-x-1-2024.md', ['---', '---'])] });
    applyCommit(h, { hash: 'b'.repeat(40), date: '2024-02-01T01:00:00Z', message: 'Hai\n\nChi tiết.', files: [file('data/figures/vn.csv', ['scope,period,indicator,value,of,target,kind', 'VN,2024-01,xa-dat-chuan,5,,,reported'])] });
    const list = describeChanges(h, lookups, { limit: 10, commitUrl: (x) => `https://example.org/r/commit/${x}` });
    expect(list.map((e) => [e.short, e.day, e.subject, e.body, e.summary])).toEqual([
      ['bbbbbbb', '01/02/2024', 'Hai', 'Chi tiết.', 'Thêm 1 số liệu kết quả'],
      ['aaaaaaa', '02/01/2024', 'Một', '', 'Thêm 1 văn bản'],
    ]);
    expect(list[0]!.commitUrl).toBe(`https://example.org/r/commit/${'b'.repeat(40)}`);
    expect(list[1]!.groups).toEqual([{ action: 'added', heading: 'Thêm', lines: [{ kind: 'directives', label: 'Công văn 1/UBND-NN, UBND huyện X', path: '/van-ban/ubnd-x-1-2024/', detail: 'văn bản' }] }]);
    expect(describeChanges(h, lookups, { limit: 1 }).map((e) => e.short)).toEqual(['bbbbbbb']);
  });
});

describe('changeNote', () => {
  const commit = { hash: 'c'.repeat(40), date: '2026-11-23T23:53:40+00:00', subject: 's', body: '' };
  it('gives the Vietnamese day, the short hash and the links when known', () => {
    expect(changeNote(commit, 'ok', { commit: (h) => `u/${h}`, history: 'h' })).toEqual({
      day: '24/11/2026',
      datetime: '2026-11-23T23:53:40+00:00',
      short: 'ccccccc',
      commitUrl: `u/${'c'.repeat(40)}`,
      historyUrl: 'h',
    });
  });

  it('says why the date is unknown', () => {
    expect(changeNote(commit, 'shallow').reason).toContain('bản sao nông');
    expect(changeNote(undefined, 'no-repository').reason).toContain('không kèm lịch sử git');
    expect(changeNote(undefined, 'ok', { history: 'h' })).toEqual({ reason: 'chưa có trong lịch sử git, chưa được commit', historyUrl: 'h' });
  });

  it('picks the newer mark', () => {
    expect(newer(undefined, 3)).toBe(3);
    expect(newer(5, 3)).toBe(5);
    expect(newer(undefined, undefined)).toBeUndefined();
  });
});
