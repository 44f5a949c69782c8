/**
 * A minimal static file server for the built site, so browser tests see exactly the files a host
 * would serve: directory indexes, the 404 page with status 404, and correct content types.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { CONTENT_TYPES as TYPES } from '../../src/lib/http/content-types.ts';


/** Serves `root` on 127.0.0.1 at a free port; resolves with the server and its base URL. */
export const serveStatic = (root: string, basePath = '/'): Promise<{ server: Server; url: string }> =>
  new Promise((resolve) => {
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      if (!path.startsWith(basePath)) path = '/__missing__';
      path = path.slice(basePath.length - 1);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) file = join(root, '__missing__');
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) {
        res.writeHead(404, { 'content-type': TYPES['.html']! });
        res.end(existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : 'Not found');
        return;
      }
      // Build assets carry a content hash in their name, so a host lets browsers keep them (as any CDN
      // does); without it every page of a crawl would fetch and decode the same fonts and styles again.
      const cache = path.startsWith('/_astro/') ? { 'cache-control': 'public, max-age=31536000, immutable' } : {};
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...cache });
      res.end(readFileSync(file));
    });
    // Port 0: the OS picks a free port, so parallel runs never collide.
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}${basePath}` });
    });
  });
