/**
 * Reads the data's change history from git at build time: one `git log` over data/ and content/ per
 * build (not one per page), folded into marks (src/lib/history/fold.ts). The result is cached in
 * .cache/history/<HEAD>.json (DATA_HISTORY_CACHE_DIR to move it): a rebuild of the same commit reads
 * the file, and a build of a later commit on the same line folds only the commits since the newest
 * cached one. Without git, outside a repository or in a shallow clone there is no history, and the
 * site says the dates are unknown rather than inventing them.
 */
import { spawn, execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { DATA_PATHSPECS, GIT_LOG_ARGS, createLogParser } from '../lib/history/git-log.ts';
import { beginCommit, emptyHistory, loadHistory, saveHistory, type CommitFold, type HistoryState, type SavedHistory } from '../lib/history/fold.ts';
import type { HistoryStatus } from '../lib/history/note.ts';

export type { HistoryStatus };

export interface DataHistory {
  status: HistoryStatus;
  /** The commit the site is built from (for links to the repository at that commit). */
  head: string | undefined;
  state: HistoryState;
  /** How the state was obtained, for the build log and the tests. */
  source: 'none' | 'cache' | 'incremental' | 'full';
  /** Commits read from git by this build. */
  read: number;
}

/** Where the cached histories live. */
export const historyCacheDir = (root: string): string => resolve(root, process.env.DATA_HISTORY_CACHE_DIR ?? '.cache/history');

/** Cached histories kept besides the current one (other branches, the previous commit). */
const KEEP = 3;

// No optional locks: reading history must never take .git/index.lock from a concurrent git command.
const gitEnv = () => ({ ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' });

const git = (root: string, args: string[]): Promise<{ ok: true; out: string } | { ok: false; missing: boolean; message: string }> =>
  new Promise((done) =>
    execFile('git', args, { cwd: root, env: gitEnv(), maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (!err) return done({ ok: true, out: stdout });
      done({ ok: false, missing: (err as NodeJS.ErrnoException).code === 'ENOENT', message: String(stderr || err.message).trim() });
    }),
  );

/** Streams `git log` from `since` (exclusive) to HEAD into `state`; resolves with the number of commits. */
const foldLog = (root: string, state: HistoryState, since: string | undefined): Promise<number> =>
  new Promise((done, fail) => {
    const child = spawn('git', [...GIT_LOG_ARGS, ...(since ? [`${since}..HEAD`] : ['HEAD']), '--', ...DATA_PATHSPECS], { cwd: root, env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let count = 0;
    let stderr = '';
    let fold: CommitFold | undefined;
    const parser = createLogParser({
      commit: (header) => {
        fold = beginCommit(state, header);
        count++;
      },
      file: (diff) => fold!.file(diff),
      done: () => fold!.end(),
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', (l) => parser.line(l));
    child.on('error', fail);
    child.on('close', (code) => {
      parser.end();
      if (code === 0) done(count);
      else fail(new Error(`git log exited with ${code}: ${stderr.trim()}`));
    });
  });

interface CacheFile {
  /** HEAD when saved: a later build continues from here. */
  head: string;
  history: SavedHistory;
}

const readCache = (file: string): HistoryState | undefined => {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    return loadHistory(saved.history);
  } catch {
    return undefined;
  }
};

const writeCache = (dir: string, head: string, state: HistoryState): void => {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `.${head}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify({ head, history: saveHistory(state) } satisfies CacheFile));
    renameSync(tmp, join(dir, `${head}.json`));
    // Keep the newest few; which ones is a matter of speed only, never of output.
    const old = readdirSync(dir)
      .filter((n) => /^[0-9a-f]{40,64}\.json$/.test(n) && n !== `${head}.json`)
      .map((n) => ({ n, t: statSync(join(dir, n)).mtimeMs }))
      .sort((a, b) => b.t - a.t)
      .slice(KEEP - 1);
    for (const { n } of old) rmSync(join(dir, n), { force: true });
  } catch (e) {
    console.warn(`[history] could not write the cache in ${dir}: ${(e as Error).message}`);
  }
};

const cachedHeads = (dir: string): Set<string> => {
  try {
    return new Set(readdirSync(dir).flatMap((n) => (/^[0-9a-f]{40,64}\.json$/.test(n) ? [n.slice(0, -5)] : [])));
  } catch {
    return new Set();
  }
};

const none = (status: HistoryStatus, head?: string): DataHistory => ({ status, head, state: emptyHistory(), source: 'none', read: 0 });

/** The change history of the project at `root` (see the module comment). */
export async function readDataHistory(root: string): Promise<DataHistory> {
  const info = await git(root, ['rev-parse', '--is-shallow-repository', 'HEAD']);
  if (!info.ok) return none(info.missing ? 'no-git' : 'no-repository');
  const [shallow, head] = info.out.trim().split('\n');
  if (!head) return none('no-repository');
  if (shallow === 'true') return none('shallow', head);

  const dir = historyCacheDir(root);
  const exact = readCache(join(dir, `${head}.json`));
  if (exact) return { status: 'ok', head, state: exact, source: 'cache', read: 0 };

  try {
    // A cached history of an earlier commit on HEAD's first-parent line: fold only what came after it.
    let state: HistoryState | undefined;
    let since: string | undefined;
    const heads = cachedHeads(dir);
    if (heads.size > 0) {
      const line = await git(root, ['rev-list', '--first-parent', 'HEAD']);
      const base = line.ok ? line.out.split('\n').find((h) => heads.has(h)) : undefined;
      if (base) {
        state = readCache(join(dir, `${base}.json`));
        if (state) since = base;
      }
    }
    state ??= emptyHistory();
    const read = await foldLog(root, state, since);
    writeCache(dir, head, state);
    return { status: 'ok', head, state, source: since ? 'incremental' : 'full', read };
  } catch (e) {
    console.warn(`[history] git history unavailable: ${(e as Error).message}`);
    return none('error', head);
  }
}
