/**
 * The one place pages read collections. Each collection is read once per build (not once per page)
 * and indexed here; pages take what they need from the result and pass it down as props.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { unitId } from '../lib/units/unit-index.ts';
import { addTo, buildUnitGraph } from '../lib/units/unit-graph.ts';
import { titleOf } from './titles.ts';
import { partialDateEnd, partialDateSortKey, parsePartialDate } from '../lib/dates/partial-date.ts';
import { buildDay } from '../lib/dates/build-day.ts';

const data = <T>(entries: { data: T }[]): T[] => entries.map((e) => e.data);

/** The last day a partial date covers; an undated entry counts as of the build's day (SOURCE_DATE_EPOCH). */
export const endOfDate = (value: string): string => {
  const d = parsePartialDate(value);
  return (d && partialDateEnd(d)) ?? buildDay();
};

const byDateDesc = (a: string, b: string) => {
  const ka = partialDateSortKey(parsePartialDate(a) ?? parsePartialDate('')!);
  const kb = partialDateSortKey(parsePartialDate(b) ?? parsePartialDate('')!);
  return kb.localeCompare(ka);
};

const load = async () => {
  const [units, lineage, criteriaSets, criteriaGroups, criteria, levels, assessments, recognitions, indicators, programmes, figures, disbursements, directives, news, campaigns] =
    await Promise.all([
      getCollection('units'),
      getCollection('lineage'),
      getCollection('criteriaSets'),
      getCollection('criteriaGroups'),
      getCollection('criteria'),
      getCollection('levels'),
      getCollection('assessments'),
      getCollection('recognitions'),
      getCollection('indicators'),
      getCollection('programmes'),
      getCollection('figures'),
      getCollection('disbursements'),
      getCollection('directives'),
      getCollection('news'),
      getCollection('campaigns'),
    ]);
  const unitRows = data(units);
  const graph = buildUnitGraph(unitRows, data(lineage));
  const unitIdx = graph.index;
  const assessmentRows = data(assessments);
  const assessmentsByUnit = new Map<string, typeof assessmentRows>();
  for (const a of assessmentRows) addTo(assessmentsByUnit, a.unit, a);
  for (const list of assessmentsByUnit.values()) list.sort((x, y) => x.year - y.year || x.set.localeCompare(y.set));
  const recognitionRows = data(recognitions);
  const recognitionsByUnit = new Map<string, typeof recognitionRows>();
  for (const r of recognitionRows) {
    const u = unitIdx.at(r.unit.code, r.unit.at ?? r.decision_date ?? `${r.year}-12-31`);
    if (u) addTo(recognitionsByUnit, unitId(u), r);
  }
  // Directives and news that name each unit (resolved at their own dates).
  const mentions = new Map<string, { kind: 'directive' | 'news'; id: string }[]>();
  const mention = (refs: readonly { code: string; at?: string }[], date: string, kind: 'directive' | 'news', id: string) => {
    for (const r of refs) {
      const u = unitIdx.at(r.code, r.at ?? endOfDate(date));
      if (u) addTo(mentions, unitId(u), { kind, id });
    }
  };
  for (const d of directives) mention(d.data.localities, d.data.date, 'directive', d.id);
  for (const n of news) mention(n.data.localities, n.data.date, 'news', n.id);
  const sortedDirectives = [...directives].sort((a, b) => byDateDesc(a.data.date, b.data.date) || a.id.localeCompare(b.id));
  const sortedNews = [...news].sort((a, b) => byDateDesc(a.data.date, b.data.date) || a.id.localeCompare(b.id));
  return {
    /** Link text for every directive and news entry, by id, for source links. */
    titles: new Map<string, string>([
      ...sortedDirectives.map((d) => [d.id, titleOf(d.data)] as const),
      ...sortedNews.map((n) => [n.id, n.data.title] as const),
    ]),
    provinceOf: graph.provinceOf,
    parentOf: graph.parentOf,
    mentions,
    successors: graph.successors,
    predecessors: graph.predecessors,
    recognitionsByUnit,
    units: unitRows,
    unitIndex: unitIdx,
    childrenOf: graph.children,
    criteriaSets: data(criteriaSets),
    criteriaGroups: data(criteriaGroups),
    criteria: data(criteria),
    levels: data(levels),
    assessmentsByUnit,
    indicators: new Map(data(indicators).map((i) => [i.indicator, i])),
    programmes: new Map(data(programmes).map((p) => [p.programme, p])),
    figures: data(figures),
    disbursements: data(disbursements),
    directives: sortedDirectives,
    news: sortedNews,
    /** Entries by id, for pages that list other entries by id. */
    directiveById: new Map(sortedDirectives.map((d) => [d.id, d])),
    newsById: new Map(sortedNews.map((n) => [n.id, n])),
    campaigns: [...campaigns].sort((a, b) => a.data.name.localeCompare(b.data.name, 'vi')),
  };
};

/** Everything the portal publishes, read and indexed once. */
export type Portal = Awaited<ReturnType<typeof load>>;
/** A stored unit. */
export type Unit = Portal['units'][number];
/** A directive entry. */
export type DirectiveEntry = CollectionEntry<'directives'>;
/** A news entry. */
export type NewsEntry = CollectionEntry<'news'>;

let cache: Promise<Portal> | undefined;
/** The portal's data; the first call reads the collections, later calls reuse them. */
export const portal = (): Promise<Portal> => (cache ??= load());
