/**
 * A compact SVG path writer for d3-geo's geoPath(projection, context). geoPath's own string output
 * writes absolute coordinates ("M512.3,204.7L515.1,203.9…"); a map of a hundred communes is then
 * ~80 kB of HTML. Here every point is rounded to a whole unit of the viewBox (the maps use a
 * 1000-unit width, so a unit is under a screen pixel) and written relative to the previous one
 * ("l3-1"), which roughly halves it again. Rounding happens on absolute positions, so errors never
 * add up along a ring, and a shared border rounds to the same points in both communes.
 */

/** What geoPath calls on a context (d3-geo's GeoContext). */
export interface PathContext {
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number): void;
}

/** A context that collects paths, and `result()` that returns the `d` written so far and resets it. */
export interface RelativePathWriter extends PathContext {
  result(): string;
}

type Point = readonly [number, number];

// Two numbers need a space between them unless the second starts with a minus sign.
const pair = (x: number, y: number) => `${x}${y < 0 ? '' : ' '}${y}`;

/** A writer rounding to whole units; rings that round to fewer than three distinct points are dropped (no area). */
export const relativePathWriter = (): RelativePathWriter => {
  let out = '';
  // Where the pen is in the output: after "z" it is back at the start of the ring just closed.
  let pen: Point | undefined;
  let ring: Point[] = [];

  const flush = (closed: boolean) => {
    // A ring's last point equal to its first adds nothing once "z" closes it.
    if (closed && ring.length > 1 && ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1]) ring.pop();
    if (ring.length >= (closed ? 3 : 2)) {
      const [first, ...rest] = ring as [Point, ...Point[]];
      out += pen ? `m${pair(first[0] - pen[0], first[1] - pen[1])}` : `M${pair(first[0], first[1])}`;
      let at = first;
      for (const p of rest) {
        out += `l${pair(p[0] - at[0], p[1] - at[1])}`;
        at = p;
      }
      if (closed) out += 'z';
      pen = closed ? first : at;
    }
    ring = [];
  };

  const add = (x: number, y: number) => {
    const p: Point = [Math.round(x), Math.round(y)];
    const last = ring.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
  };

  return {
    beginPath() {},
    moveTo(x, y) {
      if (ring.length) flush(false);
      add(x, y);
    },
    lineTo(x, y) {
      add(x, y);
    },
    closePath() {
      flush(true);
    },
    // geoPath draws Point geometries as arcs; the maps have none.
    arc() {},
    result() {
      if (ring.length) flush(false);
      const d = out;
      out = '';
      pen = undefined;
      return d;
    },
  };
};

/** The absolute points of a path written by relativePathWriter (M, m, l, z only), ring by ring. */
export const pathRings = (d: string): [number, number][][] => {
  const rings: [number, number][][] = [];
  let start: [number, number] = [0, 0];
  let at: [number, number] = [0, 0];
  let current: [number, number][] = [];
  for (const [, cmd, args] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    const n = (args ?? '').match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
    if (cmd === 'z' || cmd === 'Z') {
      at = start;
      continue;
    }
    if (n.length !== 2) throw new Error(`path command ${cmd} with ${n.length} numbers`);
    const [a, b] = n as [number, number];
    at = cmd === 'M' || cmd === 'L' ? [a, b] : [at[0] + a, at[1] + b];
    if (cmd === 'M' || cmd === 'm') {
      start = at;
      current = [at];
      rings.push(current);
    } else current.push(at);
  }
  return rings;
};
