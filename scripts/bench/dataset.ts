/**
 * The whole generated dataset, as files: path relative to the dataset folder (data/…, content/…) →
 * text. Pure: the caller reads the inputs (the reference unit sources, the project's criteria and
 * the other tables copied as they are) and writes the files. Same inputs and seed, same files.
 */
import type { CriteriaSet } from '../demo-assessments/inputs.ts';
import type { Sources } from '../derive-units/sources.ts';
import { datasetAssessments } from './assessments.ts';
import { generateDirectives } from './directives.ts';
import { figureFiles } from './figures.ts';
import { markdownFile } from './markdown.ts';
import { campaignFile, generateCampaigns, generateNews } from './news.ts';
import type { Sizes } from './scale.ts';
import { areaStats } from './stats.ts';
import { datasetUnits } from './units.ts';

/** What the generator reads. */
export interface DatasetInputs {
  sources: Sources;
  /** Criteria sets with their criterion numbers (from the project's data/criteria). */
  sets: CriteriaSet[];
  /** Files copied as they are, path under the dataset folder → text (criteria, indicators, programmes, outlines). */
  copied: ReadonlyMap<string, string>;
}

/** What was generated, counted. */
export interface DatasetCounts {
  provinces: number;
  oldCommunes: number;
  currentCommunes: number;
  assessmentRows: number;
  assessments: number;
  directives: number;
  news: number;
  campaigns: number;
  files: number;
  bytes: number;
}

export interface Dataset {
  files: Map<string, string>;
  counts: DatasetCounts;
}

/** Generates every file of a dataset of `sizes`. */
export const generateDataset = (inputs: DatasetInputs, sizes: Sizes): Dataset => {
  const { seed } = sizes;
  const files = new Map<string, string>(inputs.copied);
  const units = datasetUnits(inputs.sources, sizes.provinces);
  for (const [p, t] of units.files) files.set(`data/${p}`, t);
  const assessed = datasetAssessments(units.units, units.lineage, inputs.sets, seed);
  for (const [p, t] of assessed.files) files.set(`data/${p}`, t);
  const stats = areaStats(assessed.assessments, units.units);
  const campaigns = generateCampaigns(sizes.campaigns, units.provinces, seed);
  const directives = generateDirectives({ provinces: units.provinces, units: units.units, stats, campaigns, count: sizes.directives, seed });
  for (const d of directives) files.set(`content/directives/${d.id}.md`, markdownFile(d.frontMatter, d.body));
  const news = generateNews({ count: sizes.news, directives, provinces: units.provinces, campaigns, seed });
  for (const n of news) files.set(`content/news/${n.id}.md`, markdownFile(n.frontMatter, n.body));
  for (const c of campaigns) {
    const f = campaignFile(c, directives);
    files.set(`content/campaigns/${c.id}.md`, markdownFile(f.frontMatter, f.body));
  }
  for (const [p, t] of figureFiles({ units: units.units, stats, directives, recognitions: assessed.completed, seed })) files.set(`data/${p}`, t);
  const communes = units.units.filter((u) => u.level === 'commune');
  let bytes = 0;
  for (const t of files.values()) bytes += Buffer.byteLength(t);
  return {
    files,
    counts: {
      provinces: units.provinces.length,
      oldCommunes: communes.filter((u) => u.valid_to !== undefined).length,
      currentCommunes: communes.filter((u) => u.valid_to === undefined).length,
      assessmentRows: assessed.assessments.reduce((n, a) => n + a.set.numbers.length, 0),
      assessments: assessed.assessments.length,
      directives: directives.length,
      news: news.length,
      campaigns: campaigns.length,
      files: files.size,
      bytes,
    },
  };
};
