/**
 * Lighthouse (mobile preset, simulated throttling) driving the same Chromium the other browser tests
 * use: playwright-core starts it with a DevTools port and Lighthouse connects to that port.
 */
import lighthouse from 'lighthouse';
export { launchForLighthouse } from '../../scripts/chromium.ts';

/** The categories audited; all but performance are asserted at 100. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** What one run found: scores 0–100 (null when Lighthouse could not score), and the audits that fell short. */
export interface LighthouseRun {
  url: string;
  seconds: number;
  scores: Record<Category, number | null>;
  /** Scored audits below 1 in each category: "id: title (details)". */
  failing: Record<Category, string[]>;
  /** Lab metrics of the performance category, in ms (CLS unitless). */
  metrics: Record<string, number | undefined>;
  runtimeError?: string;
}

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

/** Audits `url` once with the mobile preset. */
export const runLighthouse = async (url: string, port: number): Promise<LighthouseRun> => {
  const started = performance.now();
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
    formFactor: 'mobile',
    throttlingMethod: 'simulate',
    // Work for the HTML report or for unscored diagnostics, which nobody reads here: the full-page
    // screenshot, the filmstrip, and the back/forward-cache test (an extra navigation). None carries weight.
    disableFullPageScreenshot: true,
    skipAudits: ['bf-cache', 'screenshot-thumbnails', 'final-screenshot', 'script-treemap-data'],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  const scores = {} as LighthouseRun['scores'];
  const failing = {} as LighthouseRun['failing'];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = category?.score == null ? null : Math.round(category.score * 100);
    failing[id] = (category?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id]!)
      .filter((a) => a.score !== null && a.score < 1)
      .map((a) => `${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}${a.explanation ? `: ${a.explanation}` : ''}`);
  }
  const metrics = Object.fromEntries(METRICS.map((m) => [m, lhr.audits[m]?.numericValue])) as LighthouseRun['metrics'];
  return { url, seconds: (performance.now() - started) / 1000, scores, failing, metrics, runtimeError: lhr.runtimeError?.message };
};
