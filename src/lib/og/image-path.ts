/**
 * Where a unit's preview image is published: /og/<the unit page's path under /dia-phuong/>.png, so
 * /dia-phuong/truoc-2025/29489-xa-ham-tan/ has /og/truoc-2025/29489-xa-ham-tan.png. Communes (current
 * and former) and current provinces have one; other units use the site's default image.
 */
import { unitPath, type PathUnit } from '../units/unit-path.ts';

/** What the path needs from a unit. */
export interface ImageUnit extends PathUnit {
  level: string;
}

const PREFIX = '/dia-phuong/';

/** True for the units that have their own preview image. */
export const hasPreviewImage = (u: ImageUnit): boolean => u.level === 'commune' || (u.level === 'province' && !u.valid_to);

/** The image's slug, the endpoint's `slug` parameter: "truoc-2025/29489-xa-ham-tan". */
export const previewSlug = (u: ImageUnit): string => unitPath(u).slice(PREFIX.length, -1);

/** Root-relative path of a unit's preview image (without the base path), or undefined when it has none. */
export const unitImagePath = (u: ImageUnit): string | undefined => (hasPreviewImage(u) ? `/og/${previewSlug(u)}.png` : undefined);

/** Root-relative path of a news page's preview image. */
export const newsImagePath = (id: string): string => `/og/tin-tuc/${id}.png`;

/** Root-relative path of a campaign page's preview image. */
export const campaignImagePath = (id: string): string => `/og/phong-trao/${id}.png`;
