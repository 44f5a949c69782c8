/** Command-line arguments of `npm run import`. */
import { im } from '../../src/i18n/importer.ts';

export interface ImportArgs {
  files: string[];
  force: boolean;
  kind: 'directive' | 'news';
  /** Folder to write to; default content/directives or content/news of the project. */
  out: string | null;
  sourceName: string | null;
  sourceUrl: string | null;
  /** Mark the directives as invented for the demo (`illustrative: 1`). */
  illustrative: boolean;
}

/** Reads the arguments; an error message (Vietnamese) when they do not make sense. */
export function parseArgs(argv: readonly string[]): ImportArgs | { error: string } {
  const args: ImportArgs = { files: [], force: false, kind: 'directive', out: null, sourceName: null, sourceUrl: null, illustrative: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string | null => {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) return null;
      i++;
      return v;
    };
    if (a === '--force') args.force = true;
    else if (a === '--illustrative') args.illustrative = true;
    else if (a === '--as') {
      const v = value();
      if (v !== 'news' && v !== 'directive') return { error: v === null ? im.missingValue(a) : im.unknownOption(`${a} ${v}`) };
      args.kind = v;
    } else if (a === '--out' || a === '--source-name' || a === '--source-url') {
      const v = value();
      if (v === null) return { error: im.missingValue(a) };
      if (a === '--out') args.out = v;
      else if (a === '--source-name') args.sourceName = v;
      else args.sourceUrl = v;
    } else if (a.startsWith('--')) return { error: im.unknownOption(a) };
    else args.files.push(a);
  }
  if (args.files.length === 0) return { error: im.noFiles };
  if (args.illustrative && args.kind === 'news') return { error: im.illustrativeNews };
  return args;
}
