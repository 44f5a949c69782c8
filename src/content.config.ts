/**
 * Registers every collection of the portal: its loader and its schema. Nothing else lives here; the
 * schemas are in src/schemas/ (shared with scripts/), the CSV loaders in src/loaders/.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { assessmentLoader, csvLoader } from './loaders/csv-collection.ts';
import { stored, type Provenance } from './schemas/stored.ts';
import { directiveSchema } from './schemas/directive.ts';
import { campaignSchema, newsSchema } from './schemas/news.ts';
import type { Tables } from './loaders/read-dataset.ts';
import type { Assessment } from './lib/criteria/group-assessments.ts';
import { unitId } from './lib/units/unit-index.ts';
import { dataRoot } from './loaders/data-root.ts';

type Row<K extends keyof Tables> = Tables[K][number]['data'] & Provenance;

// Markdown is rendered once, when the collection is loaded, and cached in the content store by digest. With
// deferRender every entry would become a Vite module, and bundling 25,000 of them took the national
// benchmark build past 50 minutes and 6.8 GiB.
const markdown = (dir: string) => glob({ pattern: '*.md', base: `${dataRoot('.')}/${dir}` });

export const collections = {
  directives: defineCollection({ loader: markdown('content/directives'), schema: directiveSchema }),
  news: defineCollection({ loader: markdown('content/news'), schema: newsSchema }),
  campaigns: defineCollection({ loader: markdown('content/campaigns'), schema: campaignSchema }),
  units: defineCollection({ loader: csvLoader('units', unitId), schema: stored<Row<'units'>>() }),
  lineage: defineCollection({
    loader: csvLoader('lineage', (r) => `${r.old_code}>${r.new_code}@${r.date}`),
    schema: stored<Row<'lineage'>>(),
  }),
  criteriaSets: defineCollection({ loader: csvLoader('criteriaSets', (r) => r.set), schema: stored<Row<'criteriaSets'>>() }),
  criteriaGroups: defineCollection({
    loader: csvLoader('criteriaGroups', (r) => `${r.set}/${r.group}`),
    schema: stored<Row<'criteriaGroups'>>(),
  }),
  criteria: defineCollection({ loader: csvLoader('criteria', (r) => `${r.set}/${r.number}`), schema: stored<Row<'criteria'>>() }),
  levels: defineCollection({ loader: csvLoader('levels', (r) => `${r.set}/${r.level}`), schema: stored<Row<'levels'>>() }),
  assessments: defineCollection({ loader: assessmentLoader(), schema: stored<Assessment>() }),
  recognitions: defineCollection({
    loader: csvLoader('recognitions', (r) => `${r.unit.code}@${r.unit.at ?? r.year}/${r.set}/${r.level}`),
    schema: stored<Row<'recognitions'>>(),
  }),
  indicators: defineCollection({ loader: csvLoader('indicators', (r) => r.indicator), schema: stored<Row<'indicators'>>() }),
  programmes: defineCollection({ loader: csvLoader('programmes', (r) => r.programme), schema: stored<Row<'programmes'>>() }),
  figures: defineCollection({
    loader: csvLoader('figures', (r) => `${typeof r.scope === 'string' ? r.scope : r.scope.code}/${r.period}/${r.indicator}/${r.kind}`),
    schema: stored<Row<'figures'>>(),
  }),
  disbursements: defineCollection({
    loader: csvLoader('disbursements', (r) => `${typeof r.scope === 'string' ? r.scope : r.scope.code}/${r.year}/${r.programme}`),
    schema: stored<Row<'disbursements'>>(),
  }),
};
