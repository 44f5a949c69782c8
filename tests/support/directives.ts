/** The directive files of content/directives/, read straight from disk, for tests that check what the site publishes. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** One directive file: its id (file name), front matter as YAML data, and the Markdown body. */
export interface DirectiveFile {
  id: string;
  data: Record<string, unknown> & { number: string; date: string; subject: string; summary: string };
  body: string;
}

const DIR = new URL('../../content/directives/', import.meta.url);

/** Every directive file, in file-name order. */
export const directiveFiles = (): DirectiveFile[] =>
  readdirSync(DIR)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const text = readFileSync(new URL(f, DIR), 'utf8');
      const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      if (!m) throw new Error(`${f}: no front matter`);
      return { id: f.replace(/\.md$/, ''), data: parse(m[1]!) as DirectiveFile['data'], body: m[2]! };
    });

/** "2020-06-15" → "20200615", "2024-01" → "20240100"; undated counts as newest, as in the library. */
const sortKey = (date: string): string => (date === '' ? '99999999' : date.replace(/-/g, '').padEnd(8, '0'));

/** Ids newest first, ties by id: the library's order. */
export const newestFirst = (files: readonly DirectiveFile[]): string[] =>
  [...files].sort((a, b) => sortKey(String(b.data.date ?? '')).localeCompare(sortKey(String(a.data.date ?? ''))) || a.id.localeCompare(b.id)).map((f) => f.id);
