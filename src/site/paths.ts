/** Site paths with the configured base path (BASE_PATH), so the site works under /ntm/ too. */
const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

/** Prefixes a root-relative path with the base path. */
export const href = (path: string): string => `${BASE}${path}`;

/** Path of a directive page. */
export const directivePath = (id: string) => `/van-ban/${id}/`;
/** Path of a news page. */
export const newsPath = (id: string) => `/tin-tuc/${id}/`;
/** Path of a campaign page. */
export const campaignPath = (id: string) => `/phong-trao/${id}/`;
