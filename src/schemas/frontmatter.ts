/**
 * Helpers for Markdown front matter. YAML hands us numbers, booleans and (in Astro's parser) Date
 * objects where a publisher wrote `date: 2020-06-15` without quotes; these helpers turn scalars back
 * into the string a CSV cell would hold, so front matter and CSV share one set of cell parsers.
 */
import { z } from 'astro/zod';
import { msg } from '../i18n/validation.ts';

const toCell = (v: unknown): unknown => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return v;
};

/** A scalar field parsed like a CSV cell; missing or null reads as blank. */
export const field = <T>(cell: z.ZodType<T, string>) =>
  z.preprocess(toCell, z.string({ error: msg.expectedText }).pipe(cell)).optional().transform((v, ctx) => {
    if (v !== undefined) return v;
    // A missing key is treated as a blank cell so "required" reads the same as in CSV.
    const r = cell.safeParse('');
    if (r.success) return r.data;
    ctx.addIssue({ code: 'custom', message: r.error.issues[0]?.message ?? msg.required });
    return z.NEVER;
  });

/** A list of scalars, each parsed like a CSV cell; missing reads as an empty list. */
export const list = <T>(cell: z.ZodType<T, string>) =>
  z
    .array(z.preprocess(toCell, z.string({ error: msg.expectedText }).pipe(cell)), { error: msg.expectedList })
    .nullish()
    .transform((v) => v ?? []);

/** A list of objects; missing reads as an empty list. */
export const objects = <S extends z.ZodType>(item: S) =>
  z
    .array(item, { error: msg.expectedList })
    .nullish()
    .transform((v): z.output<S>[] => v ?? []);

/** A nested group of fields; a plain value in its place gets a message saying a group is expected. */
export const group = <T extends z.ZodRawShape>(shape: T) => z.object(shape, { error: msg.expectedObject }).strict();
