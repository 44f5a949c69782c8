/**
 * Reads every data file of the portal from disk — the CSV datasets under data/ and the Markdown
 * entries under content/ — and checks each against its schema. It returns the good rows and every
 * problem found; cross-file checks come after, in `src/lib/validate/cross-refs.ts`. The Astro
 * loaders, the build-time validation and `npm run validate` all start here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { DATASETS, datasetForPath, type DatasetKey } from '../schemas/datasets.ts';
import { directiveSchema } from '../schemas/directive.ts';
import { campaignSchema, newsSchema } from '../schemas/news.ts';
import { readCsv } from '../lib/csv/read-csv.ts';
import { checkRows, type Located } from '../lib/validate/rows.ts';
import { checkFrontmatter, parseMarkdown } from '../lib/validate/frontmatter.ts';
import type { DataIssue } from '../lib/validate/issue.ts';
import { msg } from '../i18n/validation.ts';

type RowOf<K extends DatasetKey> = z.output<Extract<(typeof DATASETS)[number], { key: K }>['row']>;

/** Every CSV dataset's good rows, by dataset key. */
export type Tables = { [K in DatasetKey]: Located<RowOf<K>>[] };

/** A Markdown entry: id from its file name, checked front matter, and the body. */
export interface MarkdownEntry<T> {
  id: string;
  file: string;
  data: T;
  body: string;
  bodyLine: number;
  /** Line of each top-level front-matter field, so later checks can point at it. */
  lines: Record<string, number>;
}

/** The Markdown collections, with the folder and schema of each. */
export const MARKDOWN_COLLECTIONS = {
  directives: { dir: 'content/directives', schema: directiveSchema },
  news: { dir: 'content/news', schema: newsSchema },
  campaigns: { dir: 'content/campaigns', schema: campaignSchema },
} as const;
type MdKey = keyof typeof MARKDOWN_COLLECTIONS;

/** Everything read from disk. */
export interface RawDataset {
  tables: Tables;
  entries: { [K in MdKey]: MarkdownEntry<z.output<(typeof MARKDOWN_COLLECTIONS)[K]['schema']>>[] };
  /** Ids of entries that exist but failed their schema: references to them are not reported again. */
  invalidIds: { [K in MdKey]: Set<string> };
  issues: DataIssue[];
}

const toPosix = (p: string) => p.split(sep).join('/');

const walk = (dir: string): string[] => {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .sort()
    .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
};

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Reads and schema-checks all data under `root` (the project folder). */
export const readDataset = (root: string): RawDataset => {
  const issues: DataIssue[] = [];
  const tables = Object.fromEntries(DATASETS.map((d) => [d.key, []])) as unknown as Tables;
  const dataDir = join(root, 'data');
  for (const abs of walk(dataDir)) {
    const rel = toPosix(relative(dataDir, abs));
    if (!rel.endsWith('.csv')) continue; // READMEs and outlines live beside the tables
    const file = `data/${rel}`;
    const ds = datasetForPath(rel);
    if (!ds) {
      issues.push({ file, message: `tệp CSV không thuộc bộ dữ liệu nào; các vị trí hợp lệ: ${DATASETS.map((d) => `data/${d.example}`).join(', ')}` });
      continue;
    }
    const columns = Object.keys(ds.columns);
    const required = columns.filter((c) => ds.columns[c]!.required);
    const csv = readCsv(readFileSync(abs, 'utf8'), file, columns, required);
    issues.push(...csv.issues);
    const checked = checkRows(ds.row, csv.rows, file);
    issues.push(...checked.issues);
    (tables[ds.key as DatasetKey] as Located<unknown>[]).push(...checked.rows);
  }

  const entries = {} as RawDataset['entries'];
  const invalidIds = {} as RawDataset['invalidIds'];
  for (const key of Object.keys(MARKDOWN_COLLECTIONS) as MdKey[]) {
    const { dir, schema } = MARKDOWN_COLLECTIONS[key];
    const list: MarkdownEntry<unknown>[] = [];
    const invalid = new Set<string>();
    for (const abs of walk(join(root, dir))) {
      const file = toPosix(relative(root, abs));
      if (!file.endsWith('.md')) continue;
      const id = file.slice(dir.length + 1, -3);
      if (!ID.test(id)) {
        issues.push({ file, value: id, message: `tên tệp: ${msg.slug}` });
        continue;
      }
      const md = parseMarkdown(readFileSync(abs, 'utf8'), file);
      issues.push(...md.issues);
      if (!md.parsed) {
        invalid.add(id);
        continue;
      }
      const checked = checkFrontmatter(schema, md.parsed, file, md.lineOf);
      issues.push(...checked.issues);
      if (checked.data === undefined) {
        invalid.add(id);
        continue;
      }
      const lines = Object.fromEntries(Object.keys(md.parsed.data).map((k) => [k, md.lineOf([k]) ?? 1]));
      list.push({ id, file, data: checked.data, body: md.parsed.body, bodyLine: md.parsed.bodyLine, lines });
    }
    (entries as Record<MdKey, MarkdownEntry<unknown>[]>)[key] = list;
    invalidIds[key] = invalid;
  }
  return { tables, entries, invalidIds, issues };
};
