import { defineConfig } from 'vitest/config';

// Browser tests run real Chromium against the built site in dist/ (run `npm run build` first;
// `npm test` does). One static server serves dist/ for all test files.
export default defineConfig({
  test: {
    include: ['tests/**/*.spec.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // A page test takes 1–5 s; a crowded machine can take several times that.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two test files share the two cores; expect.poll's default 1 s is too tight for a loaded browser.
    expect: { poll: { timeout: 10_000 } },
    // Files share one machine with 2 cores; two browsers at a time is the sweet spot.
    maxWorkers: 2,
    reporters: ['default', ['json', { outputFile: '.cache/test-results/browser.json' }]],
  },
});
