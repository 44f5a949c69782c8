/** The Markdown entries of the project, read straight from content/, so tests derive what pages must show. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

const ROOT = new URL('../../content/', import.meta.url);

/** An entry: id (file name) and its front matter as written. */
export interface RawEntry<T = Record<string, unknown>> {
  id: string;
  data: T;
  body: string;
}

/** Every entry of a content folder ("directives", "news", "campaigns"). */
export const entries = <T = Record<string, unknown>>(folder: string): RawEntry<T>[] =>
  readdirSync(new URL(`${folder}/`, ROOT))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const text = readFileSync(new URL(`${folder}/${f}`, ROOT), 'utf8');
      const [, front = '', body = ''] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text) ?? [];
      return { id: f.replace(/\.md$/, ''), data: parse(front) as T, body };
    });
