/**
 * Short, name-free addresses of unit pages: /dia-phuong/<code>/ and /dia-phuong/truoc-2025/<code>/.
 * A unit's full address carries its name (…/29489-xa-ham-giang/); when the name is corrected the
 * address changes, so an old shared link is mapped back to its short form, which redirects to the
 * page the unit has now.
 */

/** The short address of a unit page, for a full one; null when `path` is not a unit page. */
export function shortUnitPath(path: string): string | null {
  const m = /^(.*\/dia-phuong\/)(truoc-\d{4}\/)?(\d{2,5})-[a-z0-9-]+\/?$/u.exec(path);
  return m ? `${m[1]}${m[2] ?? ''}${m[3]}/` : null;
}
