/**
 * The directives and news of each campaign: those tagged with it, and those citing the document that
 * launched it (which is itself listed when the portal holds it); and the figures they report.
 * Computed once per build.
 */
import { citesDocument } from '../lib/citations/cites-document.ts';
import { resolveMention } from '../lib/citations/resolve.ts';
import { issuerKey } from '../lib/directives/issuer.ts';
import { citations, type CitationGraph } from './citations.ts';
import { portal, type DirectiveEntry, type NewsEntry, type Portal } from './portal.ts';

export interface CampaignMembers {
  /** The held directive that launched the campaign, if any. */
  launchedBy?: DirectiveEntry;
  directives: DirectiveEntry[];
  news: NewsEntry[];
  /** Figures reported by those directives and news (data/figures rows whose source is one of them). */
  figures: Portal['figures'];
}

const build = (p: Portal, graph: CitationGraph): Map<string, CampaignMembers> =>
  new Map(
    p.campaigns.map((campaign) => {
      const launch = campaign.data.launch_document;
      const resolved = launch ? resolveMention(graph.index, launch, { id: '', issuerKey: null }) : undefined;
      const heldId = resolved?.status === 'held' ? resolved.id : null;
      const citesLaunch = (list: Parameters<typeof citesDocument>[0], citing: { id: string; issuerKey: string | null }) =>
        !!launch && citesDocument(list, launch, heldId, citing);
      // Lists stay newest first: they are filtered from the portal's sorted lists.
      const directives = p.directives.filter(
        (d) =>
          d.data.campaigns.includes(campaign.id) ||
          d.id === heldId ||
          citesLaunch(graph.ofDirective.get(d.id) ?? [], { id: d.id, issuerKey: issuerKey(d.data.issuer) }),
      );
      const news = p.news.filter(
        (n) => n.data.campaigns.includes(campaign.id) || citesLaunch(graph.ofNews.get(n.id) ?? [], { id: n.id, issuerKey: null }),
      );
      const sources = new Set([...directives.map((d) => `directive:${d.id}`), ...news.map((n) => `news:${n.id}`)]);
      const figures = p.figures.filter((f) => f.source && f.source.kind !== 'url' && sources.has(`${f.source.kind}:${f.source.id}`));
      return [campaign.id, { launchedBy: heldId ? p.directiveById.get(heldId) : undefined, directives, news, figures }];
    }),
  );

let cache: Promise<Map<string, CampaignMembers>> | undefined;
/** Members of every campaign, by campaign id. */
export const campaignMembers = (): Promise<Map<string, CampaignMembers>> =>
  (cache ??= Promise.all([portal(), citations()]).then(([p, g]) => build(p, g)));
