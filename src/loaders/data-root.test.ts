import { afterEach, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { dataRoot } from './data-root.ts';

describe('dataRoot', () => {
  const saved = process.env.NTM_DATA_ROOT;
  afterEach(() => {
    if (saved === undefined) delete process.env.NTM_DATA_ROOT;
    else process.env.NTM_DATA_ROOT = saved;
  });

  it('is the project folder, unchanged, when NTM_DATA_ROOT is not set or blank', () => {
    delete process.env.NTM_DATA_ROOT;
    expect(dataRoot('.')).toBe('.');
    process.env.NTM_DATA_ROOT = '  ';
    expect(dataRoot('/work/project')).toBe('/work/project');
  });

  it('is NTM_DATA_ROOT made absolute when set', () => {
    process.env.NTM_DATA_ROOT = '/tmp/ntm-bench/site';
    expect(dataRoot('/work/project')).toBe('/tmp/ntm-bench/site');
    process.env.NTM_DATA_ROOT = 'relative/site';
    expect(dataRoot('/work/project')).toBe(resolve('relative/site'));
  });
});
