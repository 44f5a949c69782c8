/**
 * Adds the safe-Markdown plugins (src/lib/markdown/safe-markdown.ts) to Astro's Markdown processor,
 * so no data file can put raw HTML or a javascript: link into a page. Astro's Sätteri processor
 * lets integrations extend its plugin lists in place; with any other processor the build stops,
 * rather than run without the protection.
 */
import type { AstroIntegration } from 'astro';
import { rawHtmlAsText, safeUrls } from '../lib/markdown/safe-markdown.ts';

/** The integration; it must come before any other that renders Markdown (mdx). */
export const safeMarkdown = (): AstroIntegration => ({
  name: 'ntm:safe-markdown',
  hooks: {
    'astro:config:setup': ({ config }) => {
      const processor = config.markdown.processor;
      const options = processor.options as { mdastPlugins?: unknown[]; hastPlugins?: unknown[] };
      if (processor.name !== 'satteri' || !Array.isArray(options.mdastPlugins) || !Array.isArray(options.hastPlugins)) {
        throw new Error(`ntm:safe-markdown works with Astro's Sätteri Markdown processor, not "${processor.name}": raw HTML in data files would reach the pages.`);
      }
      options.mdastPlugins.push(rawHtmlAsText);
      options.hastPlugins.push(safeUrls);
    },
  },
});
