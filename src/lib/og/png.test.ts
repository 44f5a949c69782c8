import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { encodePng, encodePngAsync, pngSize } from './png.ts';

/** A minimal PNG decoder (8-bit palette, RGB, RGBA; all five filters), enough to check the encoder. */
const decode = (png: Buffer) => {
  const chunks = new Map<string, Buffer[]>();
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    chunks.set(type, [...(chunks.get(type) ?? []), png.subarray(at + 8, at + 8 + length)]);
    at += 12 + length;
  }
  const ihdr = chunks.get('IHDR')![0]!;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const type = ihdr[9]!;
  const bpp = type === 3 ? 1 : type === 2 ? 3 : 4;
  const raw = inflateSync(Buffer.concat(chunks.get('IDAT')!));
  const stride = width * bpp;
  const rows = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? rows[y * stride + i - bpp]! : 0;
      const b = y > 0 ? rows[(y - 1) * stride + i]! : 0;
      const c = y > 0 && i >= bpp ? rows[(y - 1) * stride + i - bpp]! : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const pred = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter]!;
      rows[y * stride + i] = (raw[y * (stride + 1) + 1 + i]! + pred) & 0xff;
    }
  }
  const rgba = Buffer.alloc(width * height * 4);
  const plte = chunks.get('PLTE')?.[0];
  const trns = chunks.get('tRNS')?.[0];
  for (let p = 0; p < width * height; p++) {
    if (type === 3) {
      const i = rows[p]!;
      rgba.set([plte![i * 3]!, plte![i * 3 + 1]!, plte![i * 3 + 2]!, trns ? trns[i]! : 255], p * 4);
    } else {
      rgba.set([rows[p * bpp]!, rows[p * bpp + 1]!, rows[p * bpp + 2]!, bpp === 4 ? rows[p * bpp + 3]! : 255], p * 4);
    }
  }
  return { width, height, type, rgba };
};

/** A w×h image whose pixel colours come from `color(x, y)`. */
const image = (w: number, h: number, color: (x: number, y: number) => [number, number, number, number]) => {
  const px = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) px.set(color(x, y), (y * w + x) * 4);
  return px;
};

describe('encodePng', () => {
  it('writes few colours with a palette, losslessly', () => {
    const px = image(37, 11, (x, y) => (x % 7 === 0 ? [255, 255, 255, 255] : [10, 77, 44 + ((x * y) % 100), 255]));
    const out = decode(encodePng(px, 37, 11));
    expect(out.type).toBe(3);
    expect(Buffer.from(out.rgba).equals(Buffer.from(px))).toBe(true);
  });

  it('keeps transparency in a palette image', () => {
    const px = image(5, 4, (x) => [200, 10, 10, x * 60]);
    const out = decode(encodePng(px, 5, 4));
    expect(out.type).toBe(3);
    expect(Buffer.from(out.rgba).equals(Buffer.from(px))).toBe(true);
  });

  it('writes many colours as RGB (opaque) or RGBA, losslessly', () => {
    const opaque = image(40, 30, (x, y) => [x * 6, y * 8, (x * y) % 256, 255]);
    const rgb = decode(encodePng(opaque, 40, 30));
    expect(rgb.type).toBe(2);
    expect(Buffer.from(rgb.rgba).equals(Buffer.from(opaque))).toBe(true);
    const clear = image(40, 30, (x, y) => [x * 6, y * 8, (x * y) % 256, (x + y) % 256]);
    const rgba = decode(encodePng(clear, 40, 30));
    expect(rgba.type).toBe(6);
    expect(Buffer.from(rgba.rgba).equals(Buffer.from(clear))).toBe(true);
  });

  it('gives the same bytes compressed on the thread pool', async () => {
    const px = image(64, 64, (x, y) => [x * 4, y * 4, 128, 255]);
    expect((await encodePngAsync(px, 64, 64)).equals(encodePng(px, 64, 64))).toBe(true);
  });

  it('reads unaligned pixel buffers, and refuses a size that does not match', () => {
    const px = image(3, 3, (x) => [x, x, x, 255]);
    const shifted = new Uint8Array(px.length + 1);
    shifted.set(px, 1);
    expect(decode(encodePng(shifted.subarray(1), 3, 3)).rgba.equals(Buffer.from(px))).toBe(true);
    expect(() => encodePng(px, 4, 3)).toThrow(RangeError);
  });
});

describe('pngSize', () => {
  it('reads the width and height from IHDR, and nothing from other bytes', () => {
    expect(pngSize(encodePng(image(12, 7, () => [0, 0, 0, 255]), 12, 7))).toEqual({ width: 12, height: 7 });
    expect(pngSize(Buffer.from('<!doctype html><html></html>'))).toBeUndefined();
  });
});
