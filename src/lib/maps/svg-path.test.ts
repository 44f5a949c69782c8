import { describe, expect, it } from 'vitest';
import { pathRings, relativePathWriter } from './svg-path.ts';

const ring = (w: ReturnType<typeof relativePathWriter>, points: [number, number][]) => {
  w.moveTo(...points[0]!);
  for (const p of points.slice(1)) w.lineTo(...p);
  w.closePath();
};

describe('relativePathWriter', () => {
  it('writes the first point absolute and the rest relative, rounded to whole units', () => {
    const w = relativePathWriter();
    ring(w, [[10.4, 20.6], [30.2, 20.4], [30, 5]]);
    expect(w.result()).toBe('M10 21l20-1l0-15z');
  });

  it('drops points that round onto the previous one, and a last point equal to the first', () => {
    const w = relativePathWriter();
    ring(w, [[0, 0], [0.2, 0.3], [10, 0], [10, 10], [0.1, -0.2]]);
    expect(w.result()).toBe('M0 0l10 0l0 10z');
  });

  it('drops a ring too small to have an area at this size', () => {
    const w = relativePathWriter();
    ring(w, [[0, 0], [0.3, 0.1], [0.2, 0.4]]);
    ring(w, [[50, 50], [60, 50], [60, 60]]);
    expect(w.result()).toBe('M50 50l10 0l0 10z');
  });

  it('starts the next ring from where "z" left the pen: the start of the last ring', () => {
    const w = relativePathWriter();
    ring(w, [[10, 10], [20, 10], [20, 20]]);
    ring(w, [[15, 40], [25, 40], [25, 50]]);
    expect(w.result()).toBe('M10 10l10 0l0 10zm5 30l10 0l0 10z');
  });

  it('starts afresh after result()', () => {
    const w = relativePathWriter();
    ring(w, [[10, 10], [20, 10], [20, 20]]);
    w.result();
    ring(w, [[1, 1], [5, 1], [5, 5]]);
    expect(w.result()).toBe('M1 1l4 0l0 4z');
  });
});

describe('pathRings', () => {
  it('reads back the absolute points the writer wrote', () => {
    const w = relativePathWriter();
    const a: [number, number][] = [[100.2, 7.7], [140.6, 9.1], [120.5, 60.4]];
    const b: [number, number][] = [[3, 500], [-7.6, 520], [1, 530]];
    ring(w, a);
    ring(w, b);
    const round = (ps: [number, number][]) => ps.map(([x, y]) => [Math.round(x), Math.round(y)]);
    expect(pathRings(w.result())).toEqual([round(a), round(b)]);
  });
});
