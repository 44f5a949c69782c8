/**
 * Resource use of a command and all its children, read from Linux's /proc while it runs: the peak
 * resident memory of the whole process tree (Astro's node process plus Pagefind's binary, which
 * runs as a child) and the CPU seconds the tree used. CPU time is what a loaded machine does not
 * inflate, so the report gives it beside the wall time. The parsers are pure and tested.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ; 100 on every Linux in practice). */
export const CLOCK_TICKS = 100;
/** Bytes per page of /proc/<pid>/statm. */
export const PAGE_SIZE = 4096;

/** The fields of /proc/<pid>/stat that matter here. */
export interface ProcStat {
  pid: number;
  ppid: number;
  /** User + system CPU of the process itself, and of its waited-for children, in ticks. */
  cpuTicks: number;
  childCpuTicks: number;
  /** Resident pages. */
  rssPages: number;
}

/** Parses /proc/<pid>/stat; the command name may hold spaces and parentheses, so fields are counted from the last ")". */
export const parseStat = (text: string): ProcStat | undefined => {
  const close = text.lastIndexOf(')');
  if (close < 0) return undefined;
  const pid = Number.parseInt(text, 10);
  // After ") " come field 3 (state) onwards; ppid is field 4, utime 14, stime 15, cutime 16, cstime 17, rss 24.
  const f = text.slice(close + 2).trim().split(/\s+/);
  const at = (field: number) => Number(f[field - 3]);
  if (!Number.isFinite(pid) || f.length < 22) return undefined;
  return { pid, ppid: at(4), cpuTicks: at(14) + at(15), childCpuTicks: at(16) + at(17), rssPages: at(24) };
};

/** Pids in the tree rooted at `root`, given every process's parent. */
export const treeOf = (root: number, stats: readonly ProcStat[]): ProcStat[] => {
  const children = new Map<number, ProcStat[]>();
  for (const s of stats) {
    const list = children.get(s.ppid) ?? [];
    list.push(s);
    children.set(s.ppid, list);
  }
  const out: ProcStat[] = [];
  const stack = stats.filter((s) => s.pid === root);
  while (stack.length > 0) {
    const s = stack.pop()!;
    out.push(s);
    stack.push(...(children.get(s.pid) ?? []));
  }
  return out;
};

const readStats = (): ProcStat[] => {
  const out: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const s = parseStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (s) out.push(s);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return out;
};

/** What a measured run used. */
export interface RunUsage {
  wallMs: number;
  /** CPU seconds of the whole tree (user + system), from the shell wrapper's own accounting. */
  cpuSeconds: number;
  /** Highest sum of resident memory over the tree, sampled. */
  peakTreeRssBytes: number;
  /** Highest resident memory of one process (the kernel's own maximum, from getrusage via /usr/bin/time when present). */
  peakProcessRssBytes: number;
  exitCode: number;
}

/** One line of output with the time it arrived, in ms since the start. */
export interface StampedLine {
  ms: number;
  text: string;
}

/** Parses the `%e %U %S %M` line /usr/bin/time writes with `-f`: wall s, user s, sys s, max RSS KiB. */
export const parseTimeLine = (line: string): { wall: number; user: number; sys: number; maxRssKiB: number } | undefined => {
  const m = /^([\d.]+) ([\d.]+) ([\d.]+) (\d+)$/.exec(line.trim());
  return m ? { wall: Number(m[1]), user: Number(m[2]), sys: Number(m[3]), maxRssKiB: Number(m[4]) } : undefined;
};

const TIME_MARK = '@@bench-time@@';

/**
 * Runs `command` with `args`, streaming its output lines (stamped) to `onLine`, sampling the process
 * tree's memory every `sampleMs`. When /usr/bin/time exists it wraps the command, for the kernel's
 * CPU and peak figures of every descendant.
 */
export const measure = (
  command: string,
  args: readonly string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; onLine?: (line: StampedLine) => void; sampleMs?: number; timeBin?: string },
): Promise<RunUsage & { lines: StampedLine[] }> =>
  new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const wrapped = opts.timeBin ? [opts.timeBin, ['-f', `${TIME_MARK}%e %U %S %M`, command, ...args]] as const : [command, args] as const;
    const child = spawn(wrapped[0], [...wrapped[1]], { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: StampedLine[] = [];
    let timed: ReturnType<typeof parseTimeLine>;
    const take = (text: string) => {
      if (text.startsWith(TIME_MARK)) {
        timed = parseTimeLine(text.slice(TIME_MARK.length));
        return;
      }
      const line = { ms: Math.round(performance.now() - started), text };
      lines.push(line);
      opts.onLine?.(line);
    };
    createInterface({ input: child.stdout }).on('line', take);
    createInterface({ input: child.stderr }).on('line', take);
    let peakTree = 0;
    let peakOne = 0;
    let lastTreeCpu = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const tree = treeOf(child.pid, readStats());
      const rss = tree.reduce((n, s) => n + s.rssPages * PAGE_SIZE, 0);
      peakTree = Math.max(peakTree, rss);
      for (const s of tree) peakOne = Math.max(peakOne, s.rssPages * PAGE_SIZE);
      lastTreeCpu = Math.max(lastTreeCpu, tree.reduce((n, s) => n + s.cpuTicks + s.childCpuTicks, 0));
    };
    const timer = setInterval(sample, opts.sampleMs ?? 250);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      // Let the readline interfaces flush their last lines.
      setImmediate(() =>
        resolvePromise({
          wallMs: Math.round(performance.now() - started),
          cpuSeconds: timed ? timed.user + timed.sys : lastTreeCpu / CLOCK_TICKS,
          peakTreeRssBytes: peakTree,
          peakProcessRssBytes: Math.max(peakOne, (timed?.maxRssKiB ?? 0) * 1024),
          exitCode: code ?? 1,
          lines,
        }),
      );
    });
  });
