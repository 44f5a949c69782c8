// The only place numbers are formatted for display: Vietnamese conventions via Intl vi-VN,
// "." between thousands and "," before decimals: 25.608,6.
//
// Decisions callers can rely on:
// - Output contains plain spaces (U+0020) only; any no-break space Intl might emit is replaced,
//   so tests and search see one kind of space. Use CSS (white-space: nowrap) to keep a value on one line.
// - Percent follows vi-VN Intl and the seed documents: no space before "%" ("43,6%").
// - Negative zero and values that round to zero print without a sign ("0", not "-0").
// - NaN and ±Infinity throw a RangeError: a figure that is not a number is a data error, not text to show.

/** Unit label for amounts in millions of đồng. */
export const MILLION_VND_UNIT = 'triệu đồng';

const LOCALE = 'vi-VN';
const BASE: Intl.NumberFormatOptions = { signDisplay: 'negative' };

const INTEGER = new Intl.NumberFormat(LOCALE, { ...BASE, maximumFractionDigits: 0 });
// Without `decimals`, show what the value has, up to 3 places (đồng precision for triệu đồng).
const FLEXIBLE = new Intl.NumberFormat(LOCALE, { ...BASE, maximumFractionDigits: 3 });
const FIXED = new Map<number, Intl.NumberFormat>();
const PERCENT = new Map<number, Intl.NumberFormat>();

/** One formatter per distinct option set, created on first use and kept. */
function cached(map: Map<number, Intl.NumberFormat>, decimals: number, style: 'decimal' | 'percent'): Intl.NumberFormat {
  let f = map.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE, { ...BASE, style, minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    map.set(decimals, f);
  }
  return f;
}

function checkDecimals(decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) throw new RangeError(`decimals must be an integer 0–20, got ${decimals}`);
  return decimals;
}

function run(f: Intl.NumberFormat, n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`cannot format ${n} as a number`);
  return f.format(n).replace(/[\u00A0\u202F]/gu, ' ');
}

/** Format a number the Vietnamese way: formatNumber(25608.6) → "25.608,6"; `decimals` fixes the places shown. */
export function formatNumber(n: number, options: { decimals?: number } = {}): string {
  const { decimals } = options;
  return run(decimals === undefined ? FLEXIBLE : cached(FIXED, checkDecimals(decimals), 'decimal'), n);
}

/** Round to a whole number and group thousands: 1234567.4 → "1.234.567". */
export function formatInteger(n: number): string {
  return run(INTEGER, n);
}

/** An amount in millions of đồng: 25608.6 → "25.608,6 triệu đồng". */
export function formatMillionVnd(n: number, options: { decimals?: number } = {}): string {
  return `${formatNumber(n, options)} ${MILLION_VND_UNIT}`;
}

/** A ratio as a percentage with fixed decimals: formatPercent(0.436) → "43,6%". */
export function formatPercent(ratio: number, decimals = 1): string {
  return run(cached(PERCENT, checkDecimals(decimals), 'percent'), ratio);
}
