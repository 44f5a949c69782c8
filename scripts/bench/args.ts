/** The command line of `npm run bench`. Pure: argv in, options out; unknown flags throw with the usage. */
import { DEFAULT_SEED, SCALE_NAMES, SCALES, type ScaleName, type Sizes } from './scale.ts';
import { provinceCodes } from './units.ts';

export interface BenchOptions {
  scale: ScaleName;
  sizes: Sizes;
  /** Working folder (dataset, build output, caches); default <tmp>/ntm-bench-<scale>. */
  dir?: string;
  /** Reference admin-unit data; default ../shared/data/admin-units beside the repository. */
  source?: string;
  /** Where the report goes; default .cache/bench. */
  out?: string;
  generateOnly: boolean;
  skip: { validate: boolean; browser: boolean; lighthouse: boolean; rebuild: boolean; minimal: boolean };
  /** Build with Astro's experimental incremental build (pages with a cacheKey are restored). */
  incremental: boolean;
  /** Keep the preview images a previous run drew in the same --dir (CI keeps them between builds too). */
  keepImages: boolean;
}

export const USAGE = `usage: npm run bench -- [--scale demo|province|national] [--seed N]
  [--directives N] [--news N] [--campaigns N] [--provinces 12,44|all]
  [--dir FOLDER] [--source ADMIN_UNITS_FOLDER] [--out REPORT_FOLDER]
  [--generate-only] [--incremental] [--keep-images]
  [--skip-validate] [--skip-browser] [--skip-lighthouse] [--skip-rebuild] [--skip-minimal]`;

const count = (flag: string, v: string | undefined): number => {
  if (v === undefined || !/^\d+$/.test(v)) throw new Error(`${flag} needs a whole number\n${USAGE}`);
  return Number(v);
};

/** Parses argv (without node and the script). */
const BOOLEAN_FLAGS = ['--generate-only', '--incremental', '--keep-images', '--skip-validate', '--skip-browser', '--skip-lighthouse', '--skip-rebuild', '--skip-minimal'];
const VALUE_FLAGS = ['--scale', '--seed', '--directives', '--news', '--campaigns', '--provinces', '--dir', '--source', '--out'];

export const parseBenchArgs = (argv: readonly string[]): BenchOptions => {
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) throw new Error(`unexpected argument "${a}"\n${USAGE}`);
    const [name, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (!BOOLEAN_FLAGS.includes(name) && !VALUE_FLAGS.includes(name)) throw new Error(`unknown option ${name}\n${USAGE}`);
    if (BOOLEAN_FLAGS.includes(name)) flags.set(name, true);
    else {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`${name} needs a value\n${USAGE}`);
      flags.set(name, value);
    }
  }
  const str = (f: string) => (typeof flags.get(f) === 'string' ? (flags.get(f) as string) : undefined);
  const scale = (str('--scale') ?? 'demo') as ScaleName;
  if (!SCALE_NAMES.includes(scale)) throw new Error(`--scale must be one of ${SCALE_NAMES.join(', ')}\n${USAGE}`);
  const preset = SCALES[scale];
  const provinces = str('--provinces');
  const sizes: Sizes = {
    provinces: provinceCodes(provinces === undefined ? preset.provinces : provinces === 'all' ? 'all' : provinces.split(',').map((c) => c.trim().padStart(2, '0'))),
    directives: str('--directives') === undefined ? preset.directives : count('--directives', str('--directives')),
    news: str('--news') === undefined ? preset.news : count('--news', str('--news')),
    campaigns: str('--campaigns') === undefined ? preset.campaigns : count('--campaigns', str('--campaigns')),
    seed: str('--seed') === undefined ? DEFAULT_SEED : count('--seed', str('--seed')),
  };
  const on = (f: string) => flags.get(f) === true;
  return {
    scale,
    sizes,
    dir: str('--dir'),
    source: str('--source'),
    out: str('--out'),
    generateOnly: on('--generate-only'),
    incremental: on('--incremental'),
    keepImages: on('--keep-images'),
    skip: { validate: on('--skip-validate'), browser: on('--skip-browser'), lighthouse: on('--skip-lighthouse'), rebuild: on('--skip-rebuild'), minimal: on('--skip-minimal') },
  };
};
