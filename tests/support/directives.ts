/** The directive files of content/directives/, read straight from disk, for tests that check what the site publishes. */
import { entries, type RawEntry } from './content.ts';

/** One directive file: its id (file name), front matter as YAML data, and the Markdown body. */
export type DirectiveFile = RawEntry<Record<string, unknown> & { number: string; date: string; subject: string; summary: string }>;

/** Every directive file, in file-name order. */
export const directiveFiles = (): DirectiveFile[] => entries<DirectiveFile['data']>('directives');

/** "2020-06-15" → "20200615", "2024-01" → "20240100"; undated counts as newest, as in the library. */
const sortKey = (date: string): string => (date === '' ? '99999999' : date.replace(/-/g, '').padEnd(8, '0'));

/** Ids newest first, ties by id: the library's order. */
export const newestFirst = (files: readonly DirectiveFile[]): string[] =>
  [...files].sort((a, b) => sortKey(String(b.data.date ?? '')).localeCompare(sortKey(String(a.data.date ?? ''))) || a.id.localeCompare(b.id)).map((f) => f.id);
