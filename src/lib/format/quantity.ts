/**
 * A number with its unit of measure, as figures are shown: "42 xã", "16,3 tiêu chí", "79,3%" (no space
 * before a percent sign, as formatPercent writes it), "25.608,6 triệu đồng". Numbers go through
 * formatNumber, so the same rules apply (Vietnamese separators, plain spaces only).
 */
import { formatNumber } from './number.ts';

/** `n` followed by `unit`; `decimals` fixes the places shown. */
export const formatQuantity = (n: number, unit: string, options: { decimals?: number } = {}): string => {
  const number = formatNumber(n, options);
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
};

/** A signed difference: "+7 xã", "−2,5 tiêu chí" (a true minus sign), and "0 xã" without a sign. */
export const formatDifference = (n: number, unit: string, options: { decimals?: number } = {}): string => {
  const text = formatQuantity(Math.abs(n), unit, options);
  // A value that rounds to zero at the places shown carries no sign.
  if (formatNumber(Math.abs(n), options) === formatNumber(0, options)) return text;
  return `${n > 0 ? '+' : '−'}${text}`;
};
