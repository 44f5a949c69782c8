import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { calibration } from './demo-assessments/calibration.ts';
import { ASSESSMENT_COLUMNS } from './demo-assessments/csv.ts';
import { generate } from './demo-assessments/generate.ts';
import { SCOPES } from './demo-assessments/scopes.ts';
import { loadInputs, parseArgs } from './generate-demo-assessments.ts';

// The pure logic is tested next to its modules in scripts/demo-assessments/; here: the command line,
// and the calibration targets on the real data that the command line reads.

describe('parseArgs', () => {
  it('reads --out and refuses anything else', () => {
    expect(parseArgs([], { out: 'd' })).toEqual({ out: 'd' });
    expect(parseArgs(['--out', 'x'], { out: 'd' })).toEqual({ out: 'x' });
    expect(parseArgs(['--out=y'], { out: 'd' })).toEqual({ out: 'y' });
    expect(() => parseArgs(['--out'], { out: 'd' })).toThrow(/needs a folder/);
    expect(() => parseArgs(['2021'], { out: 'd' })).toThrow(/unexpected/);
  });
});

// ---------------------------------------------------------------------------------------------------
// Real data (data/units, data/lineage, data/criteria, data/recognitions): the calibration targets
// ---------------------------------------------------------------------------------------------------

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('calibration on the real data', () => {
  const assessments = generate(loadInputs(join(ROOT, 'data')));
  const row = (scope: string, year: number) => calibration(assessments, SCOPES).find((c) => c.scope === scope && c.year === year)!;

  it('has about half of Kon Tum complete at the end of 2022, about 16 criteria on average', () => {
    const r = row('62', 2022);
    expect(r.communes).toBe(85);
    expect(r.complete).toBeGreaterThanOrEqual(40);
    expect(r.complete).toBeLessThanOrEqual(44);
    expect(Math.abs(r.mean - 16)).toBeLessThan(1);
  });

  it('has 12 Trà Cú communes complete in 2022 and all 15 in 2023', () => {
    expect([row('849', 2022).complete, row('849', 2023).complete, row('849', 2023).communes]).toEqual([12, 15, 15]);
  });

  it('has the communes recognised for 2021 meet every criterion from 2021 on', () => {
    for (const code of ['29473', '29485', '29509', '29491', '29503']) {
      const mine = assessments.filter((a) => a.unit.code === code && a.year <= 2024);
      expect(mine.map((a) => a.year)).toEqual([2021, 2022, 2023, 2024]);
      for (const a of mine) expect(a.met.length).toBe(a.set.numbers.length);
    }
  });

  it('assesses only xã, and under QĐ 51/2025 typically 3–8 of its criteria', () => {
    expect(new Set(assessments.map((a) => a.unit.kind))).toEqual(new Set(['xã']));
    const new10 = assessments.filter((a) => a.year === 2026);
    expect(new10.length).toBeGreaterThan(0);
    for (const a of new10) expect(a.met.length).toBeLessThan(a.set.numbers.length);
    expect(new10.filter((a) => a.met.length >= 3 && a.met.length <= 8).length / new10.length).toBeGreaterThan(0.9);
  });
});

// ---------------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------------

const SCRIPT = fileURLToPath(new URL('./generate-demo-assessments.ts', import.meta.url));
const cli = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });

const tempDirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'demo-assessments-'));
  tempDirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

const listFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.csv'))
    .map((f) => relative(dir, join(dir, f)))
    .sort();

describe('CLI', () => {
  it('writes byte-identical files on two runs, as LF CSV without BOM', () => {
    const [a, b] = [tempDir(), tempDir()];
    for (const out of [a, b]) {
      const r = cli('--out', out);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/62 tỉnh Kon Tum \(cũ\)\s+2022 qd-318-2022\s+\d+\/85 meet all 19/);
    }
    const files = listFiles(a);
    expect(files).toEqual(listFiles(b));
    expect(files).toContain(join('86-vinh-long', '2021.csv'));
    for (const f of files) {
      const text = readFileSync(join(a, f), 'utf8');
      expect(readFileSync(join(b, f), 'utf8')).toBe(text);
      expect(text.startsWith(ASSESSMENT_COLUMNS.join(','))).toBe(true);
      expect(text.includes('\r')).toBe(false);
      expect(text.endsWith('\n')).toBe(true);
    }
  });

  it('refuses to overwrite a file holding rows that are not illustrative', () => {
    const out = tempDir();
    const path = join(out, '86-vinh-long', '2021.csv');
    mkdirSync(join(out, '86-vinh-long'), { recursive: true });
    const real = `${ASSESSMENT_COLUMNS.join(',')}\n29473,2021,,qd-318-2022,1,1,,,https://example.org,\n`;
    writeFileSync(path, real);
    const r = cli('--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not illustrative/);
    expect(readFileSync(path, 'utf8')).toBe(real);
    expect(existsSync(join(out, '86-vinh-long', '2022.csv'))).toBe(false);
  });
});
