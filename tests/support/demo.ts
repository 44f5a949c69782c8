/**
 * The demo directive written by `npm run import` from src/lib/importer/fixtures/invented-cong-van.txt
 * (scripts/import.test.ts checks it is byte for byte what the importer writes), so browser tests can
 * follow an imported document through the whole site.
 */
export const IMPORTED_DEMO_ID = 'so-nn-ptnt-tinh-quang-ngai-512-snn-vpdp-2024';
