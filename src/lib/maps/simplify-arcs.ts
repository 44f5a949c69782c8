/**
 * Drops the points of a TopoJSON topology that a map of a given size cannot show. Simplifying the
 * shared arcs (not each commune's rings) keeps neighbouring communes' borders identical, so no gap
 * or overlap opens between them; each arc keeps its two ends, where three communes meet.
 * Douglas–Peucker, measured in the map's own units after projection.
 */

/** A topology as stored: arcs delta-encoded and quantized when `transform` is present. */
export interface ArcTopology {
  type: 'Topology';
  arcs: number[][][];
  transform?: { scale: [number, number]; translate: [number, number] };
  objects: Record<string, unknown>;
  bbox?: number[];
}

/** The arcs in absolute coordinates (longitude, latitude for the project's files). */
export const decodeArcs = (topology: ArcTopology): [number, number][][] => {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    if (!t) return arc.map((p) => [p[0]!, p[1]!]);
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0]!;
      y += p[1]!;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
};

/** Distance from p to the segment a–b (to a when a and b coincide, as at the ends of a closed arc). */
const distance = (p: readonly number[], a: readonly number[], b: readonly number[]): number => {
  const dx = b[0]! - a[0]!;
  const dy = b[1]! - a[1]!;
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return Math.hypot(p[0]! - a[0]!, p[1]! - a[1]!);
  const u = Math.max(0, Math.min(1, ((p[0]! - a[0]!) * dx + (p[1]! - a[1]!) * dy) / len2));
  return Math.hypot(p[0]! - (a[0]! + u * dx), p[1]! - (a[1]! + u * dy));
};

/** Which points of a line to keep so no dropped point lies farther than `tolerance` from the result. */
export const douglasPeucker = (points: readonly (readonly number[])[], tolerance: number): boolean[] => {
  const keep = points.map((_, i) => i === 0 || i === points.length - 1);
  // An explicit stack: a long arc would otherwise recurse thousands deep.
  const stack: [number, number][] = points.length > 2 ? [[0, points.length - 1]] : [];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    let far = -1;
    let max = -1;
    for (let i = a + 1; i < b; i++) {
      const d = distance(points[i]!, points[a]!, points[b]!);
      if (d > max) [far, max] = [i, d];
    }
    if (far < 0 || max <= tolerance) continue;
    keep[far] = true;
    stack.push([a, far], [far, b]);
  }
  return keep;
};

/**
 * The topology's arcs in absolute coordinates (to use without its transform), simplified so that no
 * dropped point lies farther than `tolerance` from the outline once projected by `project`.
 */
export const simplifyArcs = (
  topology: ArcTopology,
  project: (point: [number, number]) => [number, number] | null,
  tolerance: number,
): [number, number][][] =>
  decodeArcs(topology).map((arc) => {
    const keep = douglasPeucker(
      arc.map((p) => project(p) ?? p),
      tolerance,
    );
    return arc.filter((_, i) => keep[i]);
  });
