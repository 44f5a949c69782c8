import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { NATION, scopeRef, sourceRef, unitRef } from './refs.ts';

/** The parsed value, or the messages a publisher would read. */
const parse = (schema: z.ZodType, value: string): { ok: unknown } | { error: string[] } => {
  const r = schema.safeParse(value);
  return r.success ? { ok: r.data } : { error: r.error.issues.map((i) => i.message) };
};

const UNIT_REF = 'cần mã đơn vị hành chính (ví dụ 29489), có thể kèm ngày: 29489@2024-12-31';
const SCOPE_REF = 'cần "VN" (cả nước) hoặc mã đơn vị hành chính (ví dụ 62)';
const SOURCE_REF =
  'cần nguồn dạng van-ban/<mã văn bản>, tin-tuc/<mã tin>, hoặc địa chỉ https://…; dữ liệu minh họa ghi 1 ở cột "illustrative" thay cho nguồn';

describe('unitRef', () => {
  it.each(['86', '849', '29489', '03386'])('reads the code %j, to be resolved at the row date', (v) => {
    expect(parse(unitRef(), v)).toEqual({ ok: { code: v } });
  });

  it('reads a code pinned to a date with @', () => {
    // 29489 was Xã Hàm Tân until 2025-06-30, Xã Hàm Giang from 2025-07-01: the date chooses.
    expect(parse(unitRef(), '29489@2024-12-31')).toEqual({ ok: { code: '29489', at: '2024-12-31' } });
  });

  it('trims spaces around the reference', () => {
    expect(parse(unitRef(), ' 29489 ')).toEqual({ ok: { code: '29489' } });
  });

  it.each(['2948', '3386', 'VN', '', 'Hàm Giang'])('refuses %j', (v) => {
    expect(parse(unitRef(), v)).toEqual({ error: [UNIT_REF] });
  });

  it.each(['29489@2024-02-30', '29489@31/12/2024', '29489@2024', '29489@'])('refuses the pinned date in %j', (v) => {
    expect(parse(unitRef(), v)).toEqual({ error: [UNIT_REF] });
  });
});

describe('scopeRef', () => {
  it('reads VN as the whole country', () => {
    expect(parse(scopeRef(), ' VN ')).toEqual({ ok: NATION });
  });

  it('reads a unit code', () => {
    expect(parse(scopeRef(), '62')).toEqual({ ok: { code: '62' } });
  });

  it('reads a unit code pinned to a date', () => {
    expect(parse(scopeRef(), '62@2025-06-30')).toEqual({ ok: { code: '62', at: '2025-06-30' } });
  });

  it.each(['vn', 'Việt Nam', '', '62@2025-06-31', '6'])('refuses %j', (v) => {
    expect(parse(scopeRef(), v)).toEqual({ error: [SCOPE_REF] });
  });
});

describe('sourceRef', () => {
  it('reads van-ban/<id> as a directive of the portal', () => {
    expect(parse(sourceRef(), 'van-ban/ubnd-tinh-quang-tri-20-ubnd-nn-2020')).toEqual({
      ok: { kind: 'directive', id: 'ubnd-tinh-quang-tri-20-ubnd-nn-2020' },
    });
  });

  it('reads tin-tuc/<id> as a news article of the portal', () => {
    expect(parse(sourceRef(), ' tin-tuc/kon-tum-chi-thi-04-ct-ubnd-2023 ')).toEqual({
      ok: { kind: 'news', id: 'kon-tum-chi-thi-04-ct-ubnd-2023' },
    });
  });

  it.each(['https://nongthonmoi.travinh.gov.vn/a/', 'http://x.vn'])('reads the address %j as a URL', (v) => {
    expect(parse(sourceRef(), v)).toEqual({ ok: { kind: 'url', url: v } });
  });

  it.each(['van-ban/', 'van-ban/Chi-Thi-04', 'tin-tuc/a/b', 'news/a', 'https://a b', 'www.x.vn', ''])('refuses %j', (v) => {
    expect(parse(sourceRef(), v)).toEqual({ error: [SOURCE_REF] });
  });
});
