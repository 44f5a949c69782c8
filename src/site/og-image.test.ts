import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cardKey, cardPng, drawCard, prepareCards } from './og-image.ts';
import { communeCard, type CommuneCardInput } from '../lib/og/unit-card.ts';
import { pngSize } from '../lib/og/png.ts';
import { cardTexts } from '../lib/og/card-layout.ts';

// Every Vietnamese letter with every tone, upper and lower case, so a font subset left out shows up.
const VOWELS = 'aăâeêioôơuưy';
const TONED = [...VOWELS].flatMap((v) => [...'\u0300\u0301\u0303\u0309\u0323'].map((m) => `${v}${m}`.normalize('NFC'))).join('');
const input = (name: string): CommuneCardInput => ({
  site: 'Minh bạch Nông thôn mới',
  name,
  ancestors: ['Tỉnh Đắk Lắk'],
  level: { name: 'Xã nông thôn mới kiểu mẫu', year: 2024, illustrative: false },
  latest: { met: 9, total: 10, year: 2026, setName: `Đủ chữ: ${TONED} ${TONED.toLocaleUpperCase('vi')} đĐ`, illustrative: true, marks: Array(10).fill('met') },
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'og-test-'));
  process.env.OG_CACHE_DIR = dir;
});
afterAll(() => {
  delete process.env.OG_CACHE_DIR;
  rmSync(dir, { recursive: true, force: true });
});

describe('drawCard', () => {
  it('draws every Vietnamese letter with the site’s font, as a 1200×630 PNG under 40 KB', async () => {
    const { png, svg } = await drawCard(communeCard(input('Xã Ngọc Hồi')));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThan(40_000);
    expect(svg).toMatch(/^<svg[^>]* width="1200" height="630"/);
  });

  it('fails on a character no font has, instead of drawing an empty box', async () => {
    await expect(drawCard(communeCard(input('Xã 骨')))).rejects.toThrow(/no font has a glyph for "骨"/);
  });
});

describe('the cache', () => {
  it('draws a card once, keeps its source beside it, and serves it again from the file', async () => {
    const card = communeCard(input('Xã Hàm Giang'));
    const first = await cardPng(card);
    const file = join(dir, `${cardKey(card)}.png`);
    const source = JSON.parse(readFileSync(join(dir, `${cardKey(card)}.json`), 'utf8'));
    expect(cardTexts(source.element)).toContain('Xã Hàm Giang');
    const drawnAt = statSync(file).mtimeMs;
    expect((await cardPng(card)).equals(first)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(drawnAt);
  });

  it('prepares a set of cards: draws the missing ones, writes the manifest, removes unused images', async () => {
    const kept = communeCard(input('Xã Hàm Giang'));
    const added = communeCard(input('Xã Hàm Tân'));
    const stale = join(dir, `${'0'.repeat(64)}.png`);
    writeFileSync(stale, 'old');
    const stats = await prepareCards(new Map([['/og/a.png', kept], ['/og/b.png', added]]));
    expect(stats).toMatchObject({ total: 2, drawn: 1 });
    expect(existsSync(stale)).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))).toEqual({ '/og/a.png': cardKey(kept), '/og/b.png': cardKey(added) });
    expect(readdirSync(dir).filter((f) => f.endsWith('.png')).sort()).toEqual([`${cardKey(kept)}.png`, `${cardKey(added)}.png`].sort());
  });
});
