/** The Atom feed of the latest data changes: /thay-doi/atom.xml. */
import type { APIRoute } from 'astro';
import { ATOM_HEADERS } from '../../site/feeds.ts';
import { changesFeed, siteHistory } from '../../site/changes.ts';

export const GET: APIRoute = async () => new Response(changesFeed(await siteHistory()), { headers: ATOM_HEADERS });
