/**
 * Outlines for data/boundaries/: the source TopoJSON cut down to one layer with code and name only,
 * and checked against the unit list. Arcs are never touched, so the geometry stays the source's.
 */
import { cmp } from './compare.ts';

/** A TopoJSON geometry; only `properties` is touched. */
export interface TopoGeometry {
  type: string;
  properties?: Record<string, unknown>;
  [key: string]: unknown;
}

/** A TopoJSON topology with one or more named layers. */
export interface Topology {
  type: string;
  objects: Record<string, { type: string; geometries: TopoGeometry[] }>;
  [key: string]: unknown;
}

const geometryCode = (g: TopoGeometry): string => String(g.properties?.['code'] ?? '');
const geometryName = (g: TopoGeometry): string => String(g.properties?.['name'] ?? '');

/** The topology with only `layer`, properties cut to code and name, geometries sorted by code; arcs untouched. */
export const reduceTopology = (topo: Topology, layer: string): Topology => {
  const obj = topo.objects[layer];
  if (!obj) throw new Error(`TopoJSON has no layer "${layer}" (has: ${Object.keys(topo.objects).join(', ')})`);
  const geometries = obj.geometries
    .map((g) => ({ ...g, properties: { code: geometryCode(g), name: geometryName(g) } }))
    .sort((a, b) => cmp(a.properties.code, b.properties.code));
  // Spreading keeps the source's key order (type, arcs, transform, objects) so the output is stable.
  return { ...topo, objects: { [layer]: { ...obj, geometries } } };
};

/** Outline codes that are not among `expected` (code → name), expected codes without an outline, and name mismatches. */
export const outlineProblems = (topo: Topology, layer: string, expected: ReadonlyMap<string, string>, what: string): string[] => {
  const geometries = topo.objects[layer]?.geometries ?? [];
  const seen = new Set<string>();
  const notes: string[] = [];
  for (const g of geometries) {
    const code = geometryCode(g);
    const name = geometryName(g);
    if (seen.has(code)) notes.push(`${what}: outline ${code} appears twice`);
    seen.add(code);
    const want = expected.get(code);
    if (want === undefined) notes.push(`${what}: outline ${code} ${name} is not a current unit`);
    else if (want !== name.normalize('NFC')) notes.push(`${what}: outline ${code} is named "${name}", the unit list says "${want}"`);
  }
  for (const [code, name] of expected) if (!seen.has(code)) notes.push(`${what}: no outline for ${code} ${name}`);
  return notes;
};

/** Compact JSON with a final newline. */
export const topologyText = (topo: Topology): string => `${JSON.stringify(topo)}\n`;
