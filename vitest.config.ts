import { defineConfig } from 'vitest/config';

// Unit tests sit next to the code they test (src/**/x.test.ts, scripts/**/x.test.ts).
// Browser tests against the built site live in tests/ and have their own config.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Some tests run the CLI scripts as child processes: 5 s on a quiet 2-core machine, over 30 s on a
    // crowded one (measured at 36–40 s with a load average of 35). A hung test still fails.
    testTimeout: 120_000,
    // The JSON report feeds the one-line summary that ends `npm test` (scripts/test-summary.mjs).
    reporters: ['default', ['json', { outputFile: '.cache/test-results/unit.json' }]],
  },
});
