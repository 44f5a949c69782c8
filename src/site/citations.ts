/**
 * Who cites whom, computed once per build: each directive's and article's citations, resolved
 * against the held directives, and the reverse ("Được dẫn chiếu bởi", articles reporting a directive).
 */
import { citationIndexOf, directiveCitations, newsCitations } from '../lib/citations/entry-citations.ts';
import type { OutgoingCitation } from '../lib/citations/outgoing.ts';
import type { CitationIndex } from '../lib/citations/resolve.ts';
import { addTo } from '../lib/units/unit-graph.ts';
import { portal, type Portal } from './portal.ts';

export interface CitationGraph {
  /** The held directives, by number key. */
  index: CitationIndex;
  /** What each directive cites, by id. */
  ofDirective: Map<string, OutgoingCitation[]>;
  /** What each article cites or reports, by id. */
  ofNews: Map<string, OutgoingCitation[]>;
  /** Directives citing each directive, newest first. */
  citedBy: Map<string, string[]>;
  /** Articles citing or reporting each directive, newest first. */
  inNews: Map<string, string[]>;
}

const build = (p: Portal): CitationGraph => {
  const index = citationIndexOf(p.directives);
  const ofDirective = new Map(p.directives.map((e) => [e.id, directiveCitations(index, e)]));
  const ofNews = new Map(p.news.map((e) => [e.id, newsCitations(index, e)]));
  // Both lists are already newest first, so the reverse maps are too.
  const citedBy = new Map<string, string[]>();
  const inNews = new Map<string, string[]>();
  for (const [id, list] of ofDirective) for (const c of list) if (c.resolution.status === 'held') addTo(citedBy, c.resolution.id, id);
  for (const [id, list] of ofNews) for (const c of list) if (c.resolution.status === 'held') addTo(inNews, c.resolution.id, id);
  return { index, ofDirective, ofNews, citedBy, inNews };
};

let cache: Promise<CitationGraph> | undefined;
/** The citation graph; computed on first use. */
export const citations = (): Promise<CitationGraph> => (cache ??= portal().then(build));
