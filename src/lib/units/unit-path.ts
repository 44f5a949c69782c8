/**
 * URLs of unit pages. A unit is its code *and* its period, and the URL says which: current units at
 * /dia-phuong/<code>-<slug>/, units that ceased at /dia-phuong/truoc-<year>/<code>-<slug>/ (the year
 * the next units took over). The code comes first so a renamed unit's old link can be redirected.
 */
import { slugify } from '../text/fold.ts';
import { dayAfter } from './unit-index.ts';

/** What a path needs from a unit. */
export interface PathUnit {
  code: string;
  name: string;
  kind: string;
  valid_to?: string;
}

/** `29489-xa-ham-giang`. */
export const unitSlug = (u: PathUnit): string => `${u.code}-${slugify(`${u.kind} ${u.name}`)}`;

/** The folder for units that ceased, named after the year their successors began. */
export const formerSegment = (validTo: string): string => `truoc-${dayAfter(validTo).slice(0, 4)}`;

/** Path of a unit's page, without the site's base path. */
export const unitPath = (u: PathUnit): string =>
  u.valid_to ? `/dia-phuong/${formerSegment(u.valid_to)}/${unitSlug(u)}/` : `/dia-phuong/${unitSlug(u)}/`;

/** Full display name: "Xã Hàm Giang", "Thành phố Quảng Ngãi". */
export const unitFullName = (u: Pick<PathUnit, 'kind' | 'name'>): string =>
  `${u.kind.charAt(0).toLocaleUpperCase('vi')}${u.kind.slice(1)} ${u.name}`;
