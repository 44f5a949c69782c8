/**
 * Builds a site from a test, the way `npm run build` does, into an output folder of its own, so
 * tests can compare builds (determinism), build under a base path, or build a fixture project.
 * Builds of one project folder take turns (a lock folder), because they share its caches.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const ASTRO = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

// A lock older than this is left over from a killed run.
const STALE_LOCK_MS = 20 * 60_000;

// What Vitest puts into the environment of a test (import.meta.env as variables, NODE_ENV=test):
// a build would take BASE_URL=/ over the configured base, and build in test mode.
const TEST_RUNNER_VARIABLES = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV'];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const withLock = async <T>(root: string, work: () => Promise<T>): Promise<T> => {
  const lock = join(root, '.cache', 'build.lock');
  mkdirSync(join(root, '.cache'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      await sleep(500);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
};

export interface BuildOptions {
  /** Output folder, absolute or relative to `root`; emptied first. */
  outDir: string;
  /** The project folder to build (default: this project). */
  root?: string;
  /** Environment overrides; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
}

/** Runs `astro build`; resolves with its output, rejects with the end of it when the build fails. */
export const buildSite = ({ outDir, root = PROJECT_ROOT, env = {} }: BuildOptions): Promise<string> =>
  withLock(root, async () => {
    const out = join(root, outDir);
    rmSync(out, { recursive: true, force: true });
    const environment: NodeJS.ProcessEnv = { ...process.env };
    for (const k of Object.keys(environment)) if (TEST_RUNNER_VARIABLES.includes(k) || k.startsWith('VITEST')) delete environment[k];
    for (const [k, v] of Object.entries(env)) {
      if (v === undefined) delete environment[k];
      else environment[k] = v;
    }
    const log = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', out], { cwd: root, env: environment });
      let text = '';
      child.stdout.on('data', (d: Buffer) => (text += d.toString()));
      child.stderr.on('data', (d: Buffer) => (text += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`astro build (${root}, ${outDir}) failed with code ${code}:\n${text.slice(-4000)}`))));
    });
    writeFileSync(join(root, '.cache', `build-${outDir.replace(/[^a-z0-9]+/gi, '-')}.log`), log);
    return log;
  });

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export const filesUnder = (dir: string): string[] => {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  return walk(dir)
    .map((f) => relative(dir, f).split(sep).join('/'))
    .sort();
};

/** A file of a built site as text. */
export const readText = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

/**
 * A scratch project: this project's code (src/, public/, config) copied into a temp folder, its
 * node_modules linked, and `files` (data/…, content/…) as its only data. Build it with
 * `buildSite({ root, outDir })`; remove it with `rmSync(root, { recursive: true })`.
 */
export const scratchProject = (files: Record<string, string>): string => {
  const root = mkdtempSync(join(tmpdir(), 'ntm-site-'));
  for (const part of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(PROJECT_ROOT, part), join(root, part), { recursive: true });
  }
  symlinkSync(realpathSync(join(PROJECT_ROOT, 'node_modules')), join(root, 'node_modules'), 'dir');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
};
