import { describe, expect, it } from 'vitest';
import { canonicalJson, cardCacheKey, type CardRenderer } from './cache-key.ts';
import { communeCard, type CommuneCardInput } from './unit-card.ts';

const renderer: CardRenderer = { template: 1, fonts: 'f0', engine: 'satori@1 resvg@1' };
const input: CommuneCardInput = {
  site: 'Cổng thử',
  name: 'Xã Hàm Giang',
  ancestors: ['Tỉnh Vĩnh Long'],
  latest: { met: 14, total: 19, year: 2024, setName: 'Bộ A', illustrative: false, marks: Array.from({ length: 19 }, (_, i) => (i < 14 ? 'met' : 'not-met')) },
};
const key = (over: Partial<CommuneCardInput> = {}, r: CardRenderer = renderer) => cardCacheKey(communeCard({ ...input, ...over }), r);

describe('cardCacheKey', () => {
  it('is 64 hex digits, the same for the same card', () => {
    expect(key()).toMatch(/^[0-9a-f]{64}$/);
    expect(key()).toBe(key());
  });

  it('changes when anything the card shows changes', () => {
    const latest = input.latest!;
    const variants = [
      key({ name: 'Xã Hàm Tân' }),
      key({ ancestors: ['Tỉnh Trà Vinh'] }),
      key({ ceasedOn: '2025-07-01' }),
      key({ level: { name: 'Xã đạt chuẩn nông thôn mới', year: 2021, illustrative: false } }),
      key({ latest: { ...latest, met: 15 } }),
      key({ latest: { ...latest, year: 2025 } }),
      key({ latest: { ...latest, setName: 'Bộ B' } }),
      key({ latest: { ...latest, illustrative: true } }),
      // Same count, another criterion met: the strip differs.
      key({ latest: { ...latest, marks: [...latest.marks].reverse() } }),
      key({ latest: undefined }),
      key({ site: 'Cổng khác' }),
    ];
    expect(new Set([key(), ...variants]).size).toBe(variants.length + 1);
  });

  it('does not change with what the card does not show, or with key order', () => {
    // A recognition marked invented while the assessment already is: the card reads the same.
    const latest = { ...input.latest!, illustrative: true };
    expect(key({ latest, level: { name: 'L', year: 2020, illustrative: true } })).toBe(key({ latest, level: { name: 'L', year: 2020, illustrative: false } }));
    const card = communeCard(input);
    const reordered = Object.fromEntries(Object.entries(card).reverse()) as typeof card;
    expect(cardCacheKey(reordered, renderer)).toBe(cardCacheKey(card, renderer));
  });

  it('changes with the template version, the fonts and the renderer', () => {
    const k = key();
    expect(key({}, { ...renderer, template: 2 })).not.toBe(k);
    expect(key({}, { ...renderer, fonts: 'f1' })).not.toBe(k);
    expect(key({}, { ...renderer, engine: 'satori@2 resvg@1' })).not.toBe(k);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: undefined, x: 'é' }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"x":"é","z":1}]},"b":1}');
  });
});
