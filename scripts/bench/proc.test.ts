import { describe, expect, it } from 'vitest';
import { parseStat, parseTimeLine, treeOf, type ProcStat } from './proc.ts';

describe('parseStat', () => {
  it('reads pid, parent, CPU ticks and resident pages, even with spaces and parentheses in the name', () => {
    const line = '4242 (node (astro) x) S 4200 4242 4200 0 -1 4194560 100 0 0 0 1500 250 30 20 20 0 11 0 9999 3000000000 123456 18446744073709551615';
    expect(parseStat(line)).toEqual({ pid: 4242, ppid: 4200, cpuTicks: 1750, childCpuTicks: 50, rssPages: 123456 });
  });

  it('refuses what is not a stat line', () => {
    expect(parseStat('nothing here')).toBeUndefined();
  });
});

describe('treeOf', () => {
  it('collects a process and all its descendants, not its siblings', () => {
    const p = (pid: number, ppid: number): ProcStat => ({ pid, ppid, cpuTicks: 0, childCpuTicks: 0, rssPages: 1 });
    const all = [p(1, 0), p(10, 1), p(11, 10), p(12, 11), p(20, 1)];
    expect(treeOf(10, all).map((s) => s.pid).sort()).toEqual([10, 11, 12]);
  });
});

describe('parseTimeLine', () => {
  it('reads /usr/bin/time -f "%e %U %S %M"', () => {
    expect(parseTimeLine('96.03 25.10 3.30 1081344')).toEqual({ wall: 96.03, user: 25.1, sys: 3.3, maxRssKiB: 1_081_344 });
    expect(parseTimeLine('Command exited with non-zero status 1')).toBeUndefined();
  });
});
