/**
 * On the "not found" page: an old link to a unit page whose name has since changed
 * (/dia-phuong/29489-xa-ten-cu/) goes to the unit's short address, which redirects to its page now.
 */
import { shortUnitPath } from '../lib/units/short-path.ts';

const target = shortUnitPath(location.pathname);
if (target && target !== location.pathname) location.replace(target + location.search + location.hash);
