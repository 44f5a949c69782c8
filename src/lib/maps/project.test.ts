import { describe, expect, it } from 'vitest';
import { projectLayer, viewBoxAttribute, type MapTopology, type ViewBox } from './project.ts';
import { pathRings } from './svg-path.ts';

// Two invented communes side by side (longitude, latitude), sharing arc 0, and an island (arc 3).
// Rings wind clockwise, as d3-geo expects of longitude/latitude.
const topology = {
  type: 'Topology',
  arcs: [
    [[105.5, 10.5], [105.5, 10]],
    [[105.5, 10], [105, 10], [105, 10.5], [105.5, 10.5]],
    [[105.5, 10.5], [106, 10.5], [106, 10], [105.5, 10]],
    [[106.2, 10.1], [106.2, 10.2], [106.3, 10.2], [106.3, 10.1], [106.2, 10.1]],
  ],
  objects: {
    communes: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0, 1]], properties: { code: '00001', name: 'Tây' } },
        { type: 'MultiPolygon', arcs: [[[~0, 2]], [[3]]], properties: { code: '00002', name: 'Đông' } },
      ],
    },
  },
} as unknown as MapTopology;

/** The points of a path outside the box. */
const outside = (d: string, v: ViewBox) =>
  pathRings(d)
    .flat()
    .filter(([x, y]) => x < v.x || y < v.y || x > v.x + v.width || y > v.y + v.height);

describe('projectLayer', () => {
  const map = projectLayer(topology, 'communes', { width: 500, margin: 4 });

  it('gives one path per geometry, with its code and name', () => {
    expect(map.shapes.map((s) => [s.code, s.name])).toEqual([['00001', 'Tây'], ['00002', 'Đông']]);
    for (const s of map.shapes) expect(s.d).toMatch(/^M-?\d+ -?\d+l/);
  });

  it('fits the width, and the height follows the shape (north up)', () => {
    expect(map.viewBox.x).toBe(-4);
    expect(map.viewBox.width).toBe(508);
    expect(viewBoxAttribute(map.viewBox)).toBe(`-4 -4 508 ${map.viewBox.height}`);
    const xs = map.shapes.flatMap((s) => pathRings(s.d).flat().map(([x]) => x));
    expect(Math.min(...xs)).toBe(0);
    expect(Math.max(...xs)).toBe(500);
    const [, north] = map.project([105, 10.5])!;
    const [, south] = map.project([105, 10])!;
    expect(north).toBeLessThan(south);
  });

  it('keeps every point inside the viewBox', () => {
    for (const s of map.shapes) expect(outside(s.d, map.viewBox)).toEqual([]);
  });

  it('draws the shared border once for both neighbours: the same points', () => {
    const [west, east] = map.shapes.map((s) => new Set(pathRings(s.d)[0]!.map((p) => p.join(','))));
    const shared = [...west!].filter((p) => east!.has(p));
    expect(shared).toHaveLength(2);
  });

  it('keeps the island as its own ring', () => {
    expect(pathRings(map.shapes[1]!.d)).toHaveLength(2);
  });

  it('puts the label point inside the shape’s box', () => {
    const [cx, cy] = map.shapes[0]!.centroid;
    const pts = pathRings(map.shapes[0]!.d).flat();
    expect(cx).toBeGreaterThan(Math.min(...pts.map((p) => p[0])));
    expect(cx).toBeLessThan(Math.max(...pts.map((p) => p[0])));
    expect(cy).toBeGreaterThan(Math.min(...pts.map((p) => p[1])));
    expect(cy).toBeLessThan(Math.max(...pts.map((p) => p[1])));
  });

  it('refuses rings wound the wrong way (they would cover the rest of the globe)', () => {
    const reversed = structuredClone(topology) as unknown as { arcs: number[][][] };
    reversed.arcs = reversed.arcs.map((a) => [...a].reverse());
    expect(() => projectLayer(reversed as unknown as MapTopology, 'communes')).toThrow(/wound/);
  });

  it('names a missing layer or a geometry without a code', () => {
    expect(() => projectLayer(topology, 'provinces')).toThrow(/no geometry collection "provinces"/);
    const noCode = structuredClone(topology) as unknown as { objects: { communes: { geometries: { properties: object }[] } } };
    noCode.objects.communes.geometries[0]!.properties = {};
    expect(() => projectLayer(noCode as unknown as MapTopology, 'communes')).toThrow(/geometry 0 has no code/);
  });
});
