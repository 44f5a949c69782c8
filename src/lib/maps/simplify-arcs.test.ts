import { describe, expect, it } from 'vitest';
import { decodeArcs, douglasPeucker, simplifyArcs, type ArcTopology } from './simplify-arcs.ts';

describe('decodeArcs', () => {
  it('undoes delta encoding and quantization', () => {
    const topo: ArcTopology = { type: 'Topology', transform: { scale: [0.5, 2], translate: [100, 10] }, arcs: [[[2, 1], [4, 0], [-2, 3]]], objects: {} };
    expect(decodeArcs(topo)).toEqual([[[101, 12], [103, 12], [102, 18]]]);
  });

  it('reads absolute arcs as they are', () => {
    expect(decodeArcs({ type: 'Topology', arcs: [[[1, 2], [3, 4]]], objects: {} })).toEqual([[[1, 2], [3, 4]]]);
  });
});

describe('douglasPeucker', () => {
  it('keeps the ends and drops points within the tolerance of the line', () => {
    expect(douglasPeucker([[0, 0], [5, 0.4], [10, 0]], 1)).toEqual([true, false, true]);
  });

  it('keeps a point farther than the tolerance, and what it then needs', () => {
    expect(douglasPeucker([[0, 0], [2, 0.1], [5, 3], [8, 0.1], [10, 0]], 1)).toEqual([true, false, true, false, true]);
    expect(douglasPeucker([[0, 0], [2, 1.5], [5, 3], [8, 0.1], [10, 0]], 0.5)).toEqual([true, false, true, true, true]);
  });

  it('keeps a closed arc (an island) a ring, not a line', () => {
    const square = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
    expect(douglasPeucker(square, 1).filter(Boolean).length).toBeGreaterThanOrEqual(4);
  });
});

describe('simplifyArcs', () => {
  it('simplifies each shared arc once, so neighbours keep one border', () => {
    // Two squares sharing the arc 0 (a wobbly border); arcs 1 and 2 close each square.
    const topo: ArcTopology = {
      type: 'Topology',
      transform: { scale: [1, 1], translate: [0, 0] },
      arcs: [
        [[10, 0], [0.2, 5], [-0.2, 5]],
        [[10, 10], [-10, 0], [0, -10], [10, 0]],
        [[10, 0], [10, 0], [0, 10], [-10, 0]],
      ],
      objects: {
        squares: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0, 1]] }, { type: 'Polygon', arcs: [[~0, 2]] }] },
      },
    };
    const arcs = simplifyArcs(topo, (p) => p, 1);
    expect(arcs[0]).toEqual([[10, 0], [10, 10]]);
    expect(arcs[1]).toEqual([[10, 10], [0, 10], [0, 0], [10, 0]]);
    expect(arcs[2]).toHaveLength(4);
  });
});
