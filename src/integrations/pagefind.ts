/**
 * Builds the Pagefind search index over the finished site, so search needs no server: the index is
 * static files in <dist>/pagefind/ that the browser loads in small chunks. Only pages that mark their
 * content with data-pagefind-body are indexed (directives, news, campaigns, units, results); a Pagefind error, or an
 * index with no page, fails the build rather than publishing a site whose search finds nothing.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Bytes under a directory, recursively, of the files `keep` accepts. */
const sizeOf = (dir: string, keep: (file: string) => boolean = () => true): number =>
  (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []).reduce(
    (n, e) => n + (e.isDirectory() ? sizeOf(join(dir, e.name), keep) : keep(e.name) ? statSync(join(dir, e.name)).size : 0),
    0,
  );

/** Pages in the written index: addDirectory counts every HTML file it read, indexed or not. */
const indexedPages = (output: string): number => {
  const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
};

const kB = (bytes: number): string => `${Math.round(bytes / 1024)} kB`;
const kB1 = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

/**
 * The index by part, as written (Pagefind gzips them): the word index and the filters grow with the
 * whole site and are what a first search downloads (the chunks for its words and every filter);
 * fragments are one per page, fetched only for the results shown.
 */
const indexParts = (output: string): string => {
  const files = (sub: string) => (existsSync(join(output, sub)) ? readdirSync(join(output, sub)).length : 0);
  const meta = sizeOf(output, (f) => f.endsWith('.pf_meta'));
  return [
    `từ khóa ${kB1(sizeOf(join(output, 'index')))} (${files('index')} tệp)`,
    `bộ lọc ${kB1(sizeOf(join(output, 'filter')))} (${files('filter')} tệp)`,
    `danh sách trang ${kB1(meta)}`,
    `đoạn trích ${kB1(sizeOf(join(output, 'fragment')))} (${files('fragment')} tệp)`,
  ].join(', ');
};

/**
 * Parts of an indexed page that never help finding it and would only repeat the same words on every
 * page (or, for numbers in tables, add words nobody searches for): navigation, the share box, the
 * illustrative-data notices, and numeric table cells. Pages mark their own with data-pagefind-ignore;
 * these cover shared components inside pages indexed whole (the results pages).
 */
export const EXCLUDED_FROM_INDEX = ['nav', '.share', '[role="note"]', 'td.num'];

const fail = (step: string, errors: string[]): never => {
  throw new Error(`Pagefind (${step}): ${errors.join('; ')}`);
};

/** The integration; add it last in astro.config.mjs, so it sees every page the others wrote. */
export const pagefindIndex = (): AstroIntegration => ({
  name: 'ntm:pagefind',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const started = performance.now();
      const site = fileURLToPath(dir);
      const output = join(site, 'pagefind');
      try {
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_FROM_INDEX });
        if (!index) return fail('createIndex', errors);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) fail('addDirectory', added.errors);
        const written = await index.writeFiles({ outputPath: output });
        if (written.errors.length > 0) fail('writeFiles', written.errors);
        const pages = indexedPages(output);
        if (pages === 0) fail('writeFiles', ['no page was indexed: none has data-pagefind-body']);
        // The index proper (words, filters, fragments, metadata) grows with the content; the scripts do not.
        const data = sizeOf(output, (f) => !['.js', '.css'].includes(extname(f)));
        logger.info(
          `${pages} trang được lập chỉ mục tìm kiếm (đã đọc ${added.page_count} tệp HTML): chỉ mục ${kB(data)}, cả thư mục pagefind/ ${kB(sizeOf(output))} (${Math.round(performance.now() - started)} ms)`,
        );
        logger.info(`chỉ mục tìm kiếm theo phần (đã nén): ${indexParts(output)}`);
      } finally {
        await pagefind.close();
      }
    },
  },
});
