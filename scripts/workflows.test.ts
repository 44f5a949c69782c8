/**
 * The GitHub workflows: they parse, run on the right events with the right permissions and
 * concurrency, deploy only after the build and the tests, and every `run:` step is a command this
 * repository has (an npm script, a script file) or a system tool that exists here, so CI runs the
 * same npm scripts as a developer. The cheap steps are run here as written; the expensive ones are
 * the scripts `npm test` chains, which the test suite itself is.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORKFLOWS = join(ROOT, '.github', 'workflows');

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  if?: string;
}
interface Job {
  'runs-on': string;
  container?: { image: string; options?: string };
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: { name: string; url?: string };
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const files = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));
const workflows = new Map(files.map((f) => [f, parse(readFileSync(join(WORKFLOWS, f), 'utf8')) as Workflow]));
const ci = workflows.get('ci.yml')!;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

/** Every step of every job of every workflow, with where it is. */
const allSteps = [...workflows].flatMap(([file, w]) => Object.entries(w.jobs).flatMap(([job, j]) => j.steps.map((step) => ({ file, job, step }))));

/** The commands of a `run:` block: one per line and per `&&`. */
const commandsOf = (run: string): string[] =>
  run
    .split('\n')
    .flatMap((l) => l.split('&&'))
    .map((c) => c.trim())
    .filter((c) => c !== '' && !c.startsWith('#'));

/** The npm scripts a command runs, `npm test` and `npm run x` alike; [] for other commands. */
const npmScript = (command: string): string | undefined => {
  const m = /^npm\s+(?:run\s+([\w:-]+)|(test|start))\b/.exec(command);
  return m ? (m[1] ?? m[2]) : undefined;
};

// System tools a step may call besides the repository's own commands (checked to exist below).
const SYSTEM_TOOLS = ['echo', 'git'];

/** Why a command is not one this repository or the system has, or undefined when it is. */
const unknownCommand = (command: string): string | undefined => {
  const [word, ...rest] = command.split(/\s+/);
  if (word === 'npm') {
    if (/^npm ci\b/.test(command)) return undefined;
    const script = npmScript(command);
    return script && pkg.scripts[script] ? undefined : `no npm script for "${command}"`;
  }
  if (word === 'node') return existsSync(join(ROOT, rest[0] ?? '')) ? undefined : `no file ${rest[0]}`;
  if (word!.startsWith('.') || word!.includes('/')) {
    try {
      accessSync(join(ROOT, word!), constants.X_OK);
      return undefined;
    } catch {
      return `${word} is not an executable file of the repository`;
    }
  }
  return SYSTEM_TOOLS.includes(word!) ? undefined : `"${word}" is neither an npm script, a repository script nor an allowed system tool`;
};

const job = (name: string): Job => ci.jobs[name]!;
const stepUsing = (j: Job, action: string) => j.steps.find((s) => s.uses?.startsWith(`${action}@`));
const runs = (j: Job) => j.steps.flatMap((s) => (s.run ? commandsOf(s.run) : []));
const ON_MAIN = "github.ref == 'refs/heads/main' && (github.event_name == 'push' || github.event_name == 'workflow_dispatch')";

describe('the workflow files', () => {
  it('parse, and there is the CI workflow', () => {
    expect(files).toContain('ci.yml');
    for (const [file, w] of workflows) {
      expect(w.jobs, file).toBeTypeOf('object');
      for (const j of Object.values(w.jobs)) expect(j.steps.length, file).toBeGreaterThan(0);
    }
  });

  it('pin every action to a major version at least', () => {
    const loose = allSteps.filter(({ step }) => step.uses && !/^[\w.-]+\/[\w.-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/.test(step.uses));
    expect(loose.map(({ step }) => step.uses)).toEqual([]);
  });

  it('run only npm scripts, repository scripts and tools that exist', () => {
    const unknown = allSteps.flatMap(({ file, job: j, step }) => (step.run ? commandsOf(step.run) : []).map((c) => [file, j, unknownCommand(c)]).filter(([, , why]) => why));
    expect(unknown).toEqual([]);
    for (const tool of SYSTEM_TOOLS) expect(spawnSync('sh', ['-c', `command -v ${tool}`]).status, tool).toBe(0);
  });
});

describe('CI on every push and pull request', () => {
  it('runs on pushes, pull requests and by hand, reading the repository only', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push', 'workflow_dispatch']);
    expect(ci.on.push).toBeNull(); // every branch
    expect(ci.permissions).toEqual({ contents: 'read' });
  });

  it('installs, validates with annotations, then runs exactly the scripts of `npm test`, in order', () => {
    const commands = runs(job('test'));
    const chained = pkg.scripts.test!.split('&&').map((c) => c.trim());
    const ci = commands.filter((c) => c.startsWith('npm ') || c.startsWith('node '));
    expect(ci[0]).toMatch(/^npm ci\b/);
    expect(ci[1]).toBe('npm run validate -- --format github');
    expect(ci.slice(2)).toEqual(chained);
  });

  it('tests on Debian with Chromium from apt (.ci/setup, as .ci/run does)', () => {
    expect(job('test').container?.image).toMatch(/bookworm|trixie|debian/);
    expect(runs(job('test'))).toContain('.ci/setup');
    expect(readFileSync(join(ROOT, '.ci', 'run'), 'utf8')).toMatch(/^\.ci\/setup$/m);
    expect(readFileSync(join(ROOT, '.ci', 'setup'), 'utf8')).toContain('apt-get install -y -qq chromium');
  });

  it('cancels a test run when a newer commit of the same branch or pull request arrives', () => {
    expect(job('test').concurrency).toEqual({ group: 'test-${{ github.ref }}', 'cancel-in-progress': true });
  });

  it('keeps npm downloads, preview images, the history and Astro\'s cache between runs, where the build writes them', () => {
    const caches = job('test').steps.filter((s) => s.uses?.startsWith('actions/cache@'));
    const byPath = new Map(caches.map((s) => [String(s.with!.path), s.with!]));
    expect([...byPath.keys()].sort()).toEqual(['.cache/astro', '.cache/history', '.cache/og', '~/.npm']);
    expect(byPath.get('.cache/history')!['restore-keys']).toBe('history-');
    expect(readFileSync(join(ROOT, 'src', 'site', 'git-history.ts'), 'utf8')).toContain("process.env.DATA_HISTORY_CACHE_DIR ?? '.cache/history'");
    expect(byPath.get('~/.npm')!.key).toContain("hashFiles('package-lock.json')");
    // A data change restores the closest older image cache, so only changed images are drawn again.
    expect(byPath.get('.cache/og')!.key).toContain("'data/**'");
    expect(byPath.get('.cache/og')!['restore-keys']).toBe('og-');
    expect(readFileSync(join(ROOT, 'src', 'site', 'og-image.ts'), 'utf8')).toContain("process.env.OG_CACHE_DIR ?? '.cache/og'");
    expect(readFileSync(join(ROOT, 'astro.config.mjs'), 'utf8')).toContain("cacheDir: './.cache/astro'");
    // The caches are restored before the build that uses them.
    const order = job('test').steps.map((s) => s.with?.path ?? s.run);
    expect(order.indexOf('.cache/og')).toBeLessThan(order.indexOf('npm run build'));
  });
});

describe('deploying main to GitHub Pages', () => {
  it('builds the Pages site only for main, under the base path and address configure-pages gives', () => {
    const build = job('pages-build');
    expect(build.if).toBe(ON_MAIN);
    const pages = stepUsing(build, 'actions/configure-pages')!;
    const step = build.steps.find((s) => s.run === 'npm run build')!;
    expect(step.env).toEqual({ BASE_PATH: `\${{ steps.${pages.id}.outputs.base_path }}`, SITE_URL: `\${{ steps.${pages.id}.outputs.origin }}` });
    expect(build.steps.indexOf(pages)).toBeLessThan(build.steps.indexOf(step));
    expect(readFileSync(join(ROOT, 'astro.config.mjs'), 'utf8')).toMatch(/process\.env\.BASE_PATH \|\| '\/'/);
    expect(stepUsing(build, 'actions/upload-pages-artifact')!.with).toEqual({ path: 'dist' });
    expect(runs(build)).toContain('npm run validate -- --format github');
  });

  it('lets only the newest commit\'s build run', () => {
    expect(job('pages-build').concurrency).toEqual({ group: 'pages-build', 'cancel-in-progress': true });
  });

  it('deploys with the official action, only after both the tests and the Pages build passed', () => {
    const deploy = job('deploy');
    expect(deploy.needs).toEqual(['test', 'pages-build']);
    expect(deploy.if).toBe(ON_MAIN);
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.environment?.name).toBe('github-pages');
    expect(stepUsing(deploy, 'actions/deploy-pages')).toBeDefined();
    // A deployment under way is never cut off; a newer one waits, and replaces any older waiting one.
    expect(deploy.concurrency).toEqual({ group: 'pages-deploy', 'cancel-in-progress': false });
  });

  it('gives write access to Pages to the deploy job alone', () => {
    const writers = Object.entries(ci.jobs).filter(([, j]) => Object.values(j.permissions ?? {}).includes('write'));
    expect(writers.map(([name]) => name)).toEqual(['deploy']);
  });
});

describe('the cheap steps, run here as CI runs them', () => {
  const temps: string[] = [];
  afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const runStep = (command: string, env: Record<string, string> = {}) =>
    spawnSync('bash', ['-eo', 'pipefail', '-c', command], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });

  it('validates the repository\'s data with annotations and finds nothing to annotate', () => {
    const step = job('test').steps.find((s) => s.name === 'Validate data')!;
    const r = runStep(step.run!);
    expect(r.status).toBe(0);
    // npm echoes the script it runs before the validator's own line.
    expect(r.stdout).toMatch(/\nDữ liệu hợp lệ: \d+ dòng CSV, \d+ tệp Markdown\.\n$/);
    expect(`${r.stdout}${r.stderr}`).not.toContain('::error');
  });

  it.skipIf(!existsSync(join(ROOT, '.git')))('sets the build date from the commit', () => {
    const step = job('test').steps.find((s) => s.name === 'Build date from the commit')!;
    const dir = mkdtempSync(join(tmpdir(), 'ntm-workflow-'));
    temps.push(dir);
    const envFile = join(dir, 'github-env');
    const r = runStep(step.run!, { GITHUB_ENV: envFile });
    expect(r.status).toBe(0);
    expect(readFileSync(envFile, 'utf8')).toMatch(/^SOURCE_DATE_EPOCH=\d{9,}\n$/);
  });

  it('has the setup script in a shape bash accepts', () => {
    expect(runStep('bash -n .ci/setup && bash -n .ci/run').status).toBe(0);
  });
});
