import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { renderReference, withReference } from './data-reference.ts';
import { DATASETS } from '../src/schemas/datasets.ts';

describe('renderReference', () => {
  it('documents every column of every dataset', () => {
    const md = renderReference();
    for (const d of DATASETS) for (const c of Object.keys(d.columns)) expect(md).toContain(`| \`${c}\` |`);
  });
});

describe('withReference', () => {
  it('README.md is up to date with the schemas (run npm run docs:data if this fails)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(withReference(readme)).toBe(readme);
  });
});
