/**
 * Validates all data before Astro builds anything, so a bad data commit stops the build with every
 * error listed (file, line, column, value, what is expected) and nothing half-valid is published.
 * In `astro dev` the errors are logged instead, so the server stays up while a publisher fixes them.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { DataValidationError, formatIssue } from '../lib/validate/issue.ts';
import { validateDataset } from '../lib/validate/validate-dataset.ts';
import { dataRoot } from '../loaders/data-root.ts';
import { handOverParsed } from '../loaders/csv-collection.ts';

/** The integration; add it first in astro.config.mjs. */
export const validateData = (): AstroIntegration => ({
  name: 'ntm:validate-data',
  hooks: {
    'astro:config:setup': ({ config, command, logger }) => {
      const started = performance.now();
      const root = dataRoot(fileURLToPath(config.root));
      const { raw, issues } = validateDataset(root);
      const rows = Object.values(raw.tables).reduce((n, t) => n + t.length, 0);
      const entries = Object.values(raw.entries).reduce((n, e) => n + e.length, 0);
      if (issues.length === 0) {
        logger.info(`${rows} dòng dữ liệu, ${entries} văn bản/tin hợp lệ (${Math.round(performance.now() - started)} ms)`);
        handOverParsed(root, raw);
        return;
      }
      if (command === 'dev') {
        for (const i of issues) logger.warn(formatIssue(i));
        return;
      }
      throw new DataValidationError(issues);
    },
  },
});
