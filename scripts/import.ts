/**
 * `npm run import -- <file> [<file>…] [--force] [--as news] [--out <dir>]`: reads official documents
 * (or, with `--as news`, news articles) copied as plain text from a portal or a Word file and writes
 * one entry each to content/directives/ (content/news/), printing what it found and a warning for
 * every field it could not find. An existing file is kept unless `--force`. Exit code 1 when a file
 * could not be read or was not written; the other files are still imported.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { im } from '../src/i18n/importer.ts';
import { importDirective, importNews, type Imported } from '../src/lib/importer/import-document.ts';
import { toMarkdown } from '../src/lib/importer/to-markdown.ts';
import { slugify } from '../src/lib/text/fold.ts';
import { parseArgs } from './import/args.ts';
import { loadCampaigns, loadUnits } from './import/project.ts';
import { invokedDirectly } from './invoked-directly.ts';

export interface RunContext {
  /** The project folder (units, campaigns, default output). */
  root: string;
  today: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Runs the command; returns the exit code. */
export function runImport(argv: readonly string[], ctx: RunContext): number {
  const args = parseArgs(argv);
  if ('error' in args) {
    ctx.err(args.error);
    ctx.err(im.usage);
    return 2;
  }
  const units = loadUnits(ctx.root);
  const campaigns = loadCampaigns(ctx.root);
  const outDir = args.out ?? join(ctx.root, 'content', args.kind === 'directive' ? 'directives' : 'news');
  let written = 0;
  let warnings = 0;
  let errors = 0;
  for (const file of args.files) {
    const name = basename(file);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      ctx.err(im.unreadable(file, im.readError((e as NodeJS.ErrnoException).code)));
      errors++;
      continue;
    }
    if (text.trim() === '') {
      ctx.err(im.emptyFile(file));
      errors++;
      continue;
    }
    const options = {
      file: name,
      units,
      campaigns,
      today: ctx.today,
      ...(args.sourceName ? { sourceName: args.sourceName } : {}),
      ...(args.sourceUrl ? { sourceUrl: args.sourceUrl } : {}),
      illustrative: args.illustrative,
    };
    const entry: Imported = args.kind === 'news' ? importNews(text, options) : importDirective(text, options);
    ctx.out(im.heading(name, entry.kind));
    for (const f of entry.found) ctx.out(`  ${f.field}: ${f.value}`);
    if (entry.warnings.length > 0) {
      ctx.out(im.warningsHeading);
      for (const w of entry.warnings) ctx.out(`  ! ${w}`);
    }
    warnings += entry.warnings.length;
    // Without the fields an id is made of, the file name stands in.
    const slug = entry.slug || slugify(basename(file, extname(file)));
    const target = join(outDir, `${slug}.md`);
    const rel = relative(process.cwd(), target);
    const shown = rel === '' || rel.startsWith('..') ? target : rel;
    if (existsSync(target) && !args.force) {
      ctx.err(im.exists(shown));
      errors++;
      continue;
    }
    mkdirSync(outDir, { recursive: true });
    writeFileSync(target, toMarkdown(entry, name));
    ctx.out(im.written(shown));
    written++;
  }
  ctx.out(im.total(args.files.length, written, warnings, errors));
  return errors > 0 ? 1 : 0;
}

if (invokedDirectly(import.meta.url)) {
  process.exitCode = runImport(process.argv.slice(2), {
    root: fileURLToPath(new URL('..', import.meta.url)),
    today: new Date().toISOString().slice(0, 10),
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
