/**
 * Parsers for references between data files: a unit code (optionally pinned to a date, because GSO
 * codes were reused on 1/7/2025), a scope (a unit or the nation), and a cited source. Whether the
 * referenced thing exists is checked later, across files, by `src/lib/validate/cross-refs.ts`.
 */
import { z } from 'astro/zod';
import { msg } from '../i18n/validation.ts';
import { isRealDate } from './fields.ts';

/** A reference to an administrative unit: its code, resolved at a date. */
export interface UnitRef {
  /** GSO code as written, leading zeros kept. */
  code: string;
  /** Date pinned by the writer (`29489@2024-12-31`); otherwise the row's own date decides. */
  at?: string;
}

const UNIT_REF = /^(\d{2}|\d{3}|\d{5})(?:@(\d{4}-\d{2}-\d{2}))?$/;

/** Parses `29489` or `29489@2024-12-31`. */
export const unitRef = () =>
  z.string().transform((v, ctx): UnitRef => {
    const m = UNIT_REF.exec(v.trim());
    if (m && (!m[2] || isRealDate(m[2]))) return m[2] ? { code: m[1]!, at: m[2] } : { code: m[1]! };
    ctx.addIssue({ code: 'custom', message: msg.unitRef });
    return z.NEVER;
  });

/** The whole country, as a scope for programme figures. */
export const NATION = 'VN';

/** A figure's scope: `VN` or a unit reference. */
export const scopeRef = () =>
  z.string().transform((v, ctx): UnitRef | typeof NATION => {
    const s = v.trim();
    if (s === NATION) return NATION;
    const m = UNIT_REF.exec(s);
    if (m && (!m[2] || isRealDate(m[2]))) return m[2] ? { code: m[1]!, at: m[2] } : { code: m[1]! };
    ctx.addIssue({ code: 'custom', message: msg.scopeRef });
    return z.NEVER;
  });

/** Where a figure or assessment comes from: an entry of the portal, or a URL. */
export type SourceRef =
  | { kind: 'directive'; id: string }
  | { kind: 'news'; id: string }
  | { kind: 'url'; url: string };

const ENTRY_REF = /^(van-ban|tin-tuc)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Parses `van-ban/<id>`, `tin-tuc/<id>` or an http(s) URL. */
export const sourceRef = () =>
  z.string().transform((v, ctx): SourceRef => {
    const s = v.trim();
    const m = ENTRY_REF.exec(s);
    if (m) return { kind: m[1] === 'van-ban' ? 'directive' : 'news', id: m[2]! };
    if (/^https?:\/\/\S+$/.test(s)) return { kind: 'url', url: s };
    ctx.addIssue({ code: 'custom', message: msg.sourceRef });
    return z.NEVER;
  });

/** A refinement: a real row must say where it comes from; only illustrative rows may go without. */
export const sourcedOrIllustrative = (r: { source?: SourceRef; illustrative: boolean }, ctx: z.RefinementCtx): void => {
  if (!r.source && !r.illustrative) ctx.addIssue({ code: 'custom', path: ['source'], message: msg.sourceOrIllustrative });
};
