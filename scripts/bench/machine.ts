/** The machine a benchmark ran on, recorded with its figures: CPU, cores, memory, load, versions. */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  node: string;
  astro: string;
  pagefind: string;
  /** 1-minute load average when the run started and ended: other jobs on the machine slow wall times. */
  loadStart: number;
  loadEnd?: number;
  date: string;
}

const versionOf = (projectRoot: string, pkg: string): string => {
  try {
    return (JSON.parse(readFileSync(join(projectRoot, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
};

/** Describes this machine now. */
export const machine = (projectRoot: string): Machine => ({
  cpu: cpus()[0]?.model.trim() ?? '?',
  cores: availableParallelism(),
  memoryBytes: totalmem(),
  node: process.version,
  astro: versionOf(projectRoot, 'astro'),
  pagefind: versionOf(projectRoot, 'pagefind'),
  loadStart: loadavg()[0]!,
  date: new Date().toISOString(),
});

/** The 1-minute load average now. */
export const loadNow = (): number => loadavg()[0]!;
