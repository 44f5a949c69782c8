/**
 * Writes the "data formats" reference of README.md from the dataset registry and the front-matter
 * schemas, between the markers <!-- data-reference:start --> and <!-- data-reference:end -->, so the
 * documentation of every file and column cannot drift from the code. `--check` exits 1 when README
 * is out of date (the unit tests run that check).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DATASETS } from '../src/schemas/datasets.ts';
import { MARKDOWN_FIELDS } from '../src/schemas/markdown-fields.ts';
import { invokedDirectly } from './invoked-directly.ts';

const START = '<!-- data-reference:start -->';
const END = '<!-- data-reference:end -->';

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The Markdown of the reference section. */
export const renderReference = (): string => {
  const out: string[] = [];
  for (const d of DATASETS) {
    out.push(`#### \`data/${d.example}\` — ${d.title}`, '');
    out.push(`Files: \`data/${d.pattern.source.replace(/^\^|\$$/g, '').replace(/\\\//g, '/').replace(/\\\./g, '.')}\` · unique per: ${d.unique.map((c) => `\`${c}\``).join(' + ')}${d.writtenBy === 'script' ? ' · written by `npm run derive-units`, not by hand' : ''}`, '');
    out.push('| column | required | meaning (Vietnamese) | type, values |', '|---|---|---|---|');
    for (const [name, c] of Object.entries(d.columns)) out.push(`| \`${name}\` | ${c.required ? 'yes' : 'no'} | ${cell(c.vi)} | ${cell(c.type)} |`);
    out.push('');
  }
  for (const [dir, fields] of Object.entries(MARKDOWN_FIELDS)) {
    out.push(`#### \`${dir}/<id>.md\` — front matter`, '');
    out.push('| field | required | meaning |', '|---|---|---|');
    for (const [name, f] of Object.entries(fields)) out.push(`| \`${name}\` | ${f.required ? 'yes' : 'no'} | ${cell(f.en)} |`);
    out.push('');
  }
  return out.join('\n');
};

/** README with the reference section replaced. */
export const withReference = (readme: string): string => {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md has no ${START} … ${END} markers`);
  return `${readme.slice(0, a + START.length)}\n${renderReference()}\n${readme.slice(b)}`;
};

if (invokedDirectly(import.meta.url)) {
  const path = fileURLToPath(new URL('../README.md', import.meta.url));
  const current = readFileSync(path, 'utf8');
  const next = withReference(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('README.md data reference is out of date: run npm run docs:data');
      process.exit(1);
    }
  } else writeFileSync(path, next);
}
