import { describe, expect, it } from 'vitest';
import { outlineProblems, reduceTopology, type Topology } from './topology.ts';

describe('outlines', () => {
  const topo: Topology = {
    type: 'Topology',
    arcs: [[[0, 0], [1, 1]]],
    transform: { scale: [1, 1], translate: [0, 0] },
    objects: {
      communes: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0]], properties: { code: '29489', name: 'Hàm Giang', fullName: 'Xã Hàm Giang' } },
          { type: 'Polygon', arcs: [[-1]], properties: { code: '29461', name: 'Trà Cú', fullName: 'Xã Trà Cú' } },
        ],
      },
    },
  };

  it('keeps only code and name, sorts by code and leaves geometry alone', () => {
    const out = reduceTopology(topo, 'communes');
    expect(out.arcs).toBe(topo.arcs);
    expect(out.transform).toBe(topo.transform);
    expect(out.objects['communes']!.geometries).toEqual([
      { type: 'Polygon', arcs: [[-1]], properties: { code: '29461', name: 'Trà Cú' } },
      { type: 'Polygon', arcs: [[0]], properties: { code: '29489', name: 'Hàm Giang' } },
    ]);
  });

  it('refuses a missing layer', () => expect(() => reduceTopology(topo, 'provinces')).toThrow(/no layer "provinces"/));

  it('reports outlines of unknown units and units without an outline', () => {
    const expected = new Map([
      ['29489', 'Hàm Giang'],
      ['29506', 'Long Hiệp'],
    ]);
    expect(outlineProblems(topo, 'communes', expected, 'c')).toEqual(['c: outline 29461 Trà Cú is not a current unit', 'c: no outline for 29506 Long Hiệp']);
  });
});
