/**
 * TopoJSON layer → SVG path strings, at build time. The outlines are longitude/latitude (WGS84), so
 * they are drawn with a Mercator projection fitted to the map's width; the height follows from the
 * shape (rings wind clockwise, as d3-geo expects; the derived files do). Points the map cannot show are dropped first (simplify-arcs.ts) and the paths are written
 * compactly (svg-path.ts), so a province's map adds tens of kilobytes of HTML, not hundreds.
 */
import { feature } from 'topojson-client';
import { geoArea, geoMercator, geoPath } from 'd3-geo';
import { simplifyArcs } from './simplify-arcs.ts';
import { relativePathWriter } from './svg-path.ts';

/** A TopoJSON topology as topojson-client reads it. */
export type MapTopology = Parameters<typeof feature>[0];

/** One outline: the unit's code and name as the file gives them, and its path in map units. */
export interface MapShape {
  code: string;
  name: string;
  d: string;
  /** Where a label could go (the area-weighted centre), in map units. */
  centroid: [number, number];
}

/** The SVG viewBox (x, y, width, height), including the margin. */
export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A projected layer: its shapes in the file's order and the box they fit in. */
export interface ProjectedMap {
  viewBox: ViewBox;
  shapes: MapShape[];
  /** Longitude/latitude → map units, for placing a label at a known place. */
  project: (lonLat: [number, number]) => [number, number] | null;
}

/** How to draw: width in map units, the simplification tolerance in those units, and a margin for outlines and focus rings. */
export interface ProjectOptions {
  width?: number;
  tolerance?: number;
  margin?: number;
}

/** The viewBox attribute: "x y width height". */
export const viewBoxAttribute = (v: ViewBox): string => `${v.x} ${v.y} ${v.width} ${v.height}`;

/** Projects every geometry of `layer`; each must carry a `code` property. */
export const projectLayer = (topology: MapTopology, layer: string, options: ProjectOptions = {}): ProjectedMap => {
  const { width = 1000, tolerance = 1, margin = 4 } = options;
  const object = topology.objects[layer];
  if (!object || object.type !== 'GeometryCollection') throw new Error(`TopoJSON has no geometry collection "${layer}" (has: ${Object.keys(topology.objects).join(', ')})`);
  const collection = feature(topology, object);
  if (!('features' in collection)) throw new Error(`TopoJSON layer "${layer}" is not a collection`);
  // d3-geo reads a ring wound anticlockwise as everything outside it; the map would come out empty.
  const inverted = collection.features.find((f) => geoArea(f) > 2 * Math.PI);
  if (inverted) throw new Error(`TopoJSON layer "${layer}": ${String(inverted.properties?.['code'])} is wound anticlockwise`);
  const projection = geoMercator().fitWidth(width, collection);
  const [, [, bottom]] = geoPath(projection).bounds(collection);
  // Simplified arcs are absolute, so the quantizing transform goes.
  const { transform: _quantized, ...rest } = topology;
  const simple: MapTopology = { ...rest, arcs: simplifyArcs(topology, (p) => projection(p), tolerance) };
  const simpleCollection = feature(simple, object);
  if (!('features' in simpleCollection)) throw new Error(`TopoJSON layer "${layer}" is not a collection`);
  const writer = relativePathWriter();
  const path = geoPath(projection, writer);
  const centroidOf = geoPath(projection);
  const shapes = simpleCollection.features.map((f, i): MapShape => {
    const code = f.properties?.['code'];
    if (typeof code !== 'string' || !code) throw new Error(`TopoJSON layer "${layer}": geometry ${i} has no code`);
    path(f);
    // Centroid of the unsimplified shape: simplification must not move a label.
    const [cx, cy] = centroidOf.centroid(collection.features[i]!);
    return { code, name: String(f.properties?.['name'] ?? ''), d: writer.result(), centroid: [Math.round(cx), Math.round(cy)] };
  });
  return {
    viewBox: { x: -margin, y: -margin, width: width + 2 * margin, height: Math.ceil(bottom) + 2 * margin },
    shapes,
    project: (p) => projection(p),
  };
};
