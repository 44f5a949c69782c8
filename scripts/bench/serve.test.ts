import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveSite } from './serve.ts';

describe('serveSite', () => {
  const root = mkdtempSync(join(tmpdir(), 'ntm-serve-'));
  // Random bytes of an uncompressed type: the body goes out as it is.
  writeFileSync(join(root, 'a.bin'), Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919) % 251)));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');

  it('serves files whole, and a directory as its index.html', async () => {
    const site = await serveSite(root);
    try {
      expect((await (await fetch(new URL('a.bin', site.url))).arrayBuffer()).byteLength).toBe(64 * 1024);
      expect(await (await fetch(site.url)).text()).toContain('<title>x</title>');
    } finally {
      await site.close();
    }
  });

  it('through a slow link, delivers no faster than its latency and shared rate allow', async () => {
    const site = await serveSite(root, { latencyMs: 100, bytesPerSecond: 256 * 1024 });
    try {
      const started = performance.now();
      // Two files at once share the link: 128 KiB at 256 KiB/s is at least half a second.
      const bodies = await Promise.all([fetch(new URL('a.bin', site.url)), fetch(new URL('a.bin', site.url))].map(async (r) => (await (await r).arrayBuffer()).byteLength));
      expect(bodies).toEqual([64 * 1024, 64 * 1024]);
      expect(performance.now() - started).toBeGreaterThanOrEqual(590);
    } finally {
      await site.close();
    }
  });
});
