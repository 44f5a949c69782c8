/**
 * Cell parsers for CSV columns and front-matter fields. A CSV cell is always a string, so every parser
 * takes a string and returns the typed value, or reports one Vietnamese message that says what is
 * expected. Schemas in this folder are built only from these, so every file kind speaks the same way.
 * Imports only `astro/zod`, so the scripts in `scripts/` validate with exactly the same code.
 */
import { z } from 'astro/zod';
import { msg } from '../i18n/validation.ts';

type Ctx = z.RefinementCtx;

const fail = (ctx: Ctx, message: string): never => {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
};

/** Any text; blank is an error unless the field is optional. */
export const text = () =>
  z.string().transform((v, ctx) => (v.trim() === '' ? fail(ctx, msg.required) : v.trim()));

/** Text that may be blank; blank becomes `undefined`. */
export const optionalText = () => z.string().transform((v) => (v.trim() === '' ? undefined : v.trim()));

/** Wraps a parser so that a blank cell means "not given". */
export const optional = <T>(inner: z.ZodType<T, string>) =>
  z.string().transform((v, ctx): T | undefined => {
    if (v.trim() === '') return undefined;
    const r = inner.safeParse(v);
    if (r.success) return r.data;
    return fail(ctx, r.error.issues[0]?.message ?? msg.required);
  });

/** A GSO code of exactly `digits` digits, kept as a string so leading zeros survive. */
export const code = (...digits: number[]) =>
  z.string().transform((v, ctx) => {
    const s = v.trim();
    if (/^\d+$/.test(s) && digits.includes(s.length)) return s;
    return fail(ctx, msg.code(digits.length > 1 ? `${digits.slice(0, -1).join(', ')} hoặc ${digits.at(-1)}` : String(digits[0])));
  });

/** A GSO code of any administrative level: 2 (tỉnh), 3 (huyện) or 5 (xã) digits. */
export const unitCode = () => code(2, 3, 5);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VN_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** True when the ISO date string names a real calendar day. */
export const isRealDate = (iso: string): boolean => {
  const m = ISO_DATE.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
};

/** The message for a day written the Vietnamese way (26/01/2024): the ISO form, or "no such day". */
const vietnameseDate = (s: string): string | undefined => {
  const vn = VN_DATE.exec(s);
  if (!vn) return undefined;
  const iso = `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}`;
  // Never suggest a day that does not exist (31/02/2024).
  return isRealDate(iso) ? msg.isoDateLooksVietnamese(iso) : msg.impossibleDate;
};

/** A full date written YYYY-MM-DD; 26/01/2024 is refused with the ISO form suggested. */
export const isoDate = () =>
  z.string().transform((v, ctx) => {
    const s = v.trim();
    if (ISO_DATE.test(s)) return isRealDate(s) ? s : fail(ctx, msg.impossibleDate);
    return fail(ctx, vietnameseDate(s) ?? (s === '' ? msg.required : msg.isoDate));
  });

/** A date that may be partial, as official documents are: YYYY-MM-DD, YYYY-MM, YYYY, or blank. */
export const partialDate = () =>
  z.string().transform((v, ctx) => {
    const s = v.trim();
    if (s === '' || /^\d{4}$/.test(s)) return s;
    if (/^\d{4}-(0[1-9]|1[0-2])$/.test(s)) return s;
    if (ISO_DATE.test(s)) return isRealDate(s) ? s : fail(ctx, msg.impossibleDate);
    return fail(ctx, vietnameseDate(s) ?? msg.partialDate);
  });

/** Programme years the portal accepts: the programme began in 2010; nothing is planned past 2035. */
export const YEAR_MIN = 2010;
export const YEAR_MAX = 2035;

/** A four-digit year within the programme's span. */
export const year = () =>
  z.string().transform((v, ctx) => {
    const s = v.trim();
    const n = Number(s);
    if (/^\d{4}$/.test(s) && n >= YEAR_MIN && n <= YEAR_MAX) return n;
    return fail(ctx, msg.year(YEAR_MIN, YEAR_MAX));
  });

// Vietnamese Excel writes 25.608,6 (dot for thousands, comma for decimals); the data files use 25608.6.
const EXCEL_VN = /^-?\d{1,3}(\.\d{3})+(,\d+)?$|^-?\d+,\d+$/;
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** A plain decimal number (25608.6); Excel-style "25.608,6" is refused with the fix shown. */
export const decimal = () =>
  z.string().transform((v, ctx) => {
    const s = v.trim();
    if (PLAIN_DECIMAL.test(s)) return Number(s);
    if (EXCEL_VN.test(s)) return fail(ctx, msg.excelNumber(s.replace(/\./g, '').replace(',', '.')));
    return fail(ctx, s === '' ? msg.required : msg.decimal);
  });

/** A decimal that must not be negative (money, counts, shares). */
export const nonNegative = () =>
  decimal().transform((n, ctx) => (n < 0 ? fail(ctx, msg.nonNegative) : n));

/** A whole, non-negative number. */
export const count = () =>
  nonNegative().transform((n, ctx) => (Number.isInteger(n) ? n : fail(ctx, msg.integer)));

/** 1 or 0, with a message chosen for the column (e.g. đạt / chưa đạt). */
export const flag = (message: string = msg.flag) =>
  z.string().transform((v, ctx) => {
    const s = v.trim();
    if (s === '1') return true;
    if (s === '0') return false;
    return fail(ctx, message);
  });

/** 1, 0 or blank (blank = 0): for marks such as "illustrative". */
export const optionalFlag = () =>
  z.string().transform((v, ctx) => {
    const s = v.trim();
    if (s === '' || s === '0') return false;
    if (s === '1') return true;
    return fail(ctx, msg.flag);
  });

/** One of a fixed list of keys. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.string().transform((v, ctx) => {
    const s = v.trim();
    return (values as readonly string[]).includes(s) ? (s as T[number]) : fail(ctx, msg.oneOf(values));
  });

/** A lowercase ASCII key joined by hyphens (ids of campaigns, programmes, criteria sets…). */
export const slug = () =>
  z.string().transform((v, ctx) => {
    const s = v.trim();
    return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s) ? s : fail(ctx, msg.slug);
  });

/** An absolute http(s) URL. */
export const url = () =>
  z.string().transform((v, ctx) => {
    const s = v.trim();
    return /^https?:\/\/[^\s]+$/.test(s) ? s : fail(ctx, msg.url);
  });
