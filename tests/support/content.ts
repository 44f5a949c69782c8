/** The Markdown entries in content/, read the way tests need them: front matter parsed, body as text. */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';

export interface Entry {
  id: string;
  data: Record<string, unknown>;
  body: string;
}

/** Every entry of content/<collection>/. */
export function readEntries(collection: 'directives' | 'news' | 'campaigns'): Entry[] {
  const dir = new URL(`../../content/${collection}/`, import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const text = readFileSync(new URL(f, dir), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!m) throw new Error(`${collection}/${f}: no front matter`);
      return { id: f.replace(/\.md$/, ''), data: parse(m[1]!) as Record<string, unknown>, body: m[2]! };
    });
}
