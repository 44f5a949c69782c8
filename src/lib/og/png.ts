/**
 * A small lossless PNG encoder for the preview cards, and a reader of a PNG's size. A card on a solid
 * background has few distinct colours (about 130: five colours and the anti-aliased edges between
 * them), so it is written with a palette, one byte per pixel instead of resvg's four: the same pixels
 * in about a third of the bytes. Images with more than 256 colours are written as RGB (or RGBA).
 */
import { crc32, deflate, deflateSync } from 'node:zlib';
import { promisify } from 'node:util';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const chunk = (type: string, data: Buffer): Buffer => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0);
  return Buffer.concat([head, data, crc]);
};

const paeth = (a: number, b: number, c: number): number => {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** Filters each scanline with the filter that gives the smallest sum of absolute values (the usual heuristic). */
const filterRows = (rows: Buffer, height: number, stride: number, bpp: number): Buffer => {
  const out = Buffer.alloc(height * (stride + 1));
  const candidate = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const row = rows.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? rows.subarray((y - 1) * stride, y * stride) : undefined;
    const target = out.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    let best = Infinity;
    for (let f = 0; f <= 4; f++) {
      let sum = 0;
      for (let i = 0; i < stride; i++) {
        const a = i >= bpp ? row[i - bpp]! : 0;
        const b = prev ? prev[i]! : 0;
        const c = prev && i >= bpp ? prev[i - bpp]! : 0;
        const predicted = f === 0 ? 0 : f === 1 ? a : f === 2 ? b : f === 3 ? (a + b) >> 1 : paeth(a, b, c);
        const v = (row[i]! - predicted) & 0xff;
        candidate[i] = v;
        sum += v < 128 ? v : 256 - v;
      }
      if (sum < best) {
        best = sum;
        out[y * (stride + 1)] = f;
        candidate.copy(target);
      }
    }
  }
  return out;
};

/** A PNG before compression: its chunks up to the image data, and the filtered scanlines. */
interface PngParts {
  head: Buffer[];
  scanlines: Buffer;
}

/** Chooses the colour type (palette when 256 colours or fewer) and lays out the scanlines. */
const pngParts = (rgba: Uint8Array, width: number, height: number): PngParts => {
  if (rgba.length !== width * height * 4) throw new RangeError(`encodePng: ${rgba.length} bytes for ${width}×${height} RGBA`);
  // One 32-bit word per pixel (a copy when the bytes are not 4-aligned); runs of one colour are looked up once.
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : Uint8Array.from(rgba);
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  const palette = new Map<number, number>();
  /** Byte offset of each palette colour's first pixel, in palette order. */
  const firstAt: number[] = [];
  const indices = Buffer.alloc(height * (width + 1));
  let opaque = true;
  let last = -1;
  let lastIndex = 0;
  for (let y = 0, p = 0; y < height && palette.size <= 256; y++) {
    // Palette rows are left unfiltered (filter byte 0): they compress best that way.
    for (let x = 0, o = y * (width + 1) + 1; x < width; x++, p++, o++) {
      const color = words[p]!;
      if (color !== last) {
        let index = palette.get(color);
        if (index === undefined) {
          index = palette.size;
          palette.set(color, index);
          firstAt.push(p * 4);
          if (rgba[p * 4 + 3] !== 255) opaque = false;
        }
        last = color;
        lastIndex = index;
      }
      indices[o] = lastIndex;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  let data: Buffer;
  const extra: Buffer[] = [];
  if (palette.size <= 256) {
    ihdr[9] = 3;
    const plte = Buffer.alloc(firstAt.length * 3);
    const trns = Buffer.alloc(firstAt.length);
    firstAt.forEach((at, i) => {
      plte[i * 3] = rgba[at]!;
      plte[i * 3 + 1] = rgba[at + 1]!;
      plte[i * 3 + 2] = rgba[at + 2]!;
      trns[i] = rgba[at + 3]!;
    });
    extra.push(chunk('PLTE', plte));
    if (!opaque) extra.push(chunk('tRNS', trns));
    data = indices;
  } else {
    opaque = rgba.every((v, i) => i % 4 !== 3 || v === 255);
    const bpp = opaque ? 3 : 4;
    ihdr[9] = opaque ? 2 : 6;
    const rows = Buffer.alloc(width * height * bpp);
    for (let i = 0, o = 0; i < rgba.length; i += 4, o += bpp) {
      rows[o] = rgba[i]!;
      rows[o + 1] = rgba[i + 1]!;
      rows[o + 2] = rgba[i + 2]!;
      if (!opaque) rows[o + 3] = rgba[i + 3]!;
    }
    data = filterRows(rows, height, width * bpp, bpp);
  }
  return { head: [SIGNATURE, chunk('IHDR', ihdr), ...extra], scanlines: data };
};

// zlib's default level: level 9 saves about 7 % more and takes six times as long.
const ZLIB = { level: 6, memLevel: 9 };
const assemble = (parts: PngParts, compressed: Buffer): Buffer => Buffer.concat([...parts.head, chunk('IDAT', compressed), chunk('IEND', Buffer.alloc(0))]);

/** Encodes RGBA pixels (resvg's `pixels`) as a PNG: with a palette when 256 colours or fewer. */
export const encodePng = (rgba: Uint8Array, width: number, height: number): Buffer => {
  const parts = pngParts(rgba, width, height);
  return assemble(parts, deflateSync(parts.scanlines, ZLIB));
};

const deflateAsync = promisify(deflate);
/** encodePng with the compression on libuv's threads, so several images can be encoded at once. */
export const encodePngAsync = async (rgba: Uint8Array, width: number, height: number): Promise<Buffer> => {
  const parts = pngParts(rgba, width, height);
  return assemble(parts, await deflateAsync(parts.scanlines, ZLIB));
};

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export const pngSize = (bytes: Uint8Array): { width: number; height: number } | undefined => {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length < 24 || !b.subarray(0, 8).equals(SIGNATURE) || b.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
};
