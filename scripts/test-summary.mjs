// Ends `npm test` with one plain line counting every test of both suites (unit and browser), so a
// CI log shows the total at a glance: "Tests: 580 passed, 0 failed, 16 skipped".
import { existsSync, readFileSync } from 'node:fs';

const files = ['unit', 'browser'].map((n) => new URL(`../.cache/test-results/${n}.json`, import.meta.url));
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const f of files) {
  if (!existsSync(f)) continue;
  const r = JSON.parse(readFileSync(f, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
