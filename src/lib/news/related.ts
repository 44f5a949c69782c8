/**
 * Related articles: those sharing the most with this one (campaigns, provinces, documents reported),
 * ties to the newer; an article sharing nothing is not related.
 */
export interface Relatable {
  id: string;
  /** "campaign:x", "province:y", "directive:z": what links articles. */
  keys: readonly string[];
  /** Sort key, larger is newer. */
  order: string;
}

/** Up to `limit` articles related to `target`, most related first. */
export function relatedItems(target: Relatable, all: readonly Relatable[], limit = 5): string[] {
  const mine = new Set(target.keys);
  return all
    .filter((a) => a.id !== target.id)
    .map((a) => ({ a, shared: a.keys.filter((k) => mine.has(k)).length }))
    .filter((x) => x.shared > 0)
    .sort((x, y) => y.shared - x.shared || y.a.order.localeCompare(x.a.order) || x.a.id.localeCompare(y.a.id))
    .slice(0, limit)
    .map((x) => x.a.id);
}
