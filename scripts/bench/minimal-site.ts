/**
 * A minimal Astro site with a given number of trivial pages, written beside the benchmark's dataset
 * and built with the same Astro: its time per page is the yardstick the portal's own time per page
 * is divided by, so the ratio means something on any machine. Its caches stay in its own folder.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The files of the minimal site (path → text) for `pages` pages, one dynamic route plus the home page. */
export const minimalSiteFiles = (pages: number): Map<string, string> =>
  new Map([
    ['package.json', `${JSON.stringify({ name: 'ntm-bench-minimal', private: true, type: 'module' }, null, 2)}\n`],
    [
      'astro.config.mjs',
      `// Same output options as the portal; caches kept here, never in the shared node_modules.\nexport default { output: 'static', trailingSlash: 'always', build: { format: 'directory' }, cacheDir: './.astro-cache', vite: { cacheDir: './.vite-cache' } };\n`,
    ],
    ['src/pages/index.astro', '<html lang="vi"><head><meta charset="utf-8"><title>Trang chủ</title></head><body><h1>Trang chủ</h1></body></html>\n'],
    [
      'src/pages/p/[n].astro',
      `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${Math.max(0, pages - 1)} }, (_, i) => ({ params: { n: String(i + 1) } }));\n}\nconst { n } = Astro.params;\n---\n<html lang="vi"><head><meta charset="utf-8"><title>Trang {n}</title></head><body><h1>Trang {n}</h1><p>Một trang tối giản để đo thời gian dựng.</p></body></html>\n`,
    ],
  ]);

/** Writes the minimal site into `dir` (emptied first), with node_modules linked to the project's. */
export const writeMinimalSite = (dir: string, pages: number, nodeModules: string): void => {
  rmSync(dir, { recursive: true, force: true });
  for (const [rel, text] of minimalSiteFiles(pages)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
};
