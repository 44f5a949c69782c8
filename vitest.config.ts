import { defineConfig } from 'vitest/config';

// Unit tests sit next to the code they test (src/**/x.test.ts, scripts/**/x.test.ts).
// Browser tests against the built site live in tests/ and have their own config.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Some tests run the CLI scripts as child processes; a busy 2-core machine needs more than 5 s.
    testTimeout: 30_000,
    // The JSON report feeds the one-line summary that ends `npm test` (scripts/test-summary.mjs).
    reporters: ['default', ['json', { outputFile: '.cache/test-results/unit.json' }]],
  },
});
