/**
 * Serves a built site the way a static host does, for the browser measurements: directory indexes,
 * the 404 page, content types, and gzip for text when the browser asks for it (so transferred bytes
 * are what a reader downloads). Pagefind's index files are compressed already and sent as they are.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { CONTENT_TYPES as TYPES } from '../../src/lib/http/content-types.ts';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.txt', '.svg', '.csv']);

/** A slow link: each response starts after `latencyMs`, and all responses share `bytesPerSecond`. */
export interface Throttle {
  latencyMs: number;
  bytesPerSecond: number;
}

const CHUNK = 16 * 1024;

/**
 * Serves `root` on 127.0.0.1 at a free port, optionally through a slow link. The link is slowed here,
 * not in the browser: DevTools' network throttling of a page does not reach its Web Workers, which
 * is where Pagefind downloads its index.
 */
export const serveSite = (root: string, throttle?: Throttle): Promise<{ server: Server; url: string; close: () => Promise<void> }> =>
  new Promise((resolve) => {
    const gz = new Map<string, Buffer>();
    let linkFreeAt = 0;
    /** Writes `body` in chunks at the link's pace, after its latency. */
    const send = (res: import('node:http').ServerResponse, body: Buffer) => {
      if (!throttle) return void res.end(body);
      let at = Date.now() + throttle.latencyMs;
      for (let i = 0; i < body.length || i === 0; i += CHUNK) {
        const part = body.subarray(i, i + CHUNK);
        at = Math.max(at, linkFreeAt) + (part.length / throttle.bytesPerSecond) * 1000;
        linkFreeAt = at;
        const last = i + CHUNK >= body.length;
        setTimeout(() => (last ? res.end(part) : res.write(part)), at - Date.now());
        if (last) break;
      }
    };
    const server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) file = join(root, '__missing__');
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      const found = existsSync(file);
      if (!found) file = join(root, '404.html');
      const ext = extname(file);
      let body: Buffer = existsSync(file) ? readFileSync(file) : Buffer.from('Not found');
      const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        const cached = gz.get(file) ?? gzipSync(body, { level: 6 });
        gz.set(file, cached);
        body = cached;
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = String(body.length);
      res.writeHead(found ? 200 : 404, headers);
      send(res, body);
    });
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
