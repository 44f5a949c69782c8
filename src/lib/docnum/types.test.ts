import { describe, expect, it } from 'vitest';
import { slugify } from '../text/fold.ts';
import {
  ALL_TYPE_CODES,
  DOCUMENT_TYPES,
  ND30_TYPE_CODES,
  PARTY_TYPE_CODES,
  canonicalTypeCode,
  typeKeyFromCode,
  typeKeyFromTitle,
} from './types.ts';

describe('DOCUMENT_TYPES', () => {
  it('keys every entry by the slug of its name', () => {
    for (const [key, t] of Object.entries(DOCUMENT_TYPES)) {
      expect(t.key).toBe(key);
      expect(slugify(t.name)).toBe(key);
    }
  });

  it('gives công văn no state code but the Party code CV', () => {
    expect(DOCUMENT_TYPES['cong-van']).toMatchObject({ name: 'Công văn', code: null, partyCode: 'CV' });
  });

  it('names the common types in Vietnamese', () => {
    expect(DOCUMENT_TYPES['thong-bao'].name).toBe('Thông báo');
    expect(DOCUMENT_TYPES['quyet-dinh'].name).toBe('Quyết định');
    expect(DOCUMENT_TYPES['chi-thi'].name).toBe('Chỉ thị');
    expect(DOCUMENT_TYPES['ke-hoach'].name).toBe('Kế hoạch');
    expect(DOCUMENT_TYPES['ket-luan'].name).toBe('Kết luận');
  });

  it('includes every slug the content schema refers to', () => {
    const keys = Object.keys(DOCUMENT_TYPES);
    for (const k of [
      'thong-bao', 'quyet-dinh', 'chi-thi', 'ke-hoach', 'cong-van', 'nghi-quyet', 'ket-luan', 'huong-dan',
      'bao-cao', 'to-trinh', 'giay-moi', 'cong-dien', 'chuong-trinh', 'de-an', 'phuong-an', 'quy-dinh',
      'quy-che', 'thong-cao', 'bien-ban', 'du-an',
    ]) {
      expect(keys).toContain(k);
    }
  });

  it('has no two types whose names fold to the same words', () => {
    const slugs = Object.values(DOCUMENT_TYPES).map((t) => slugify(t.name));
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});

describe('ND30_TYPE_CODES', () => {
  it('lists the 30 Phụ lục III abbreviations in exact case', () => {
    expect(ND30_TYPE_CODES).toEqual([
      'NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TC', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTr', 'HĐ',
      'CĐ', 'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', 'SY', 'TrS', 'SL',
    ]);
  });
});

describe('PARTY_TYPE_CODES', () => {
  it('lists the Party abbreviations', () => {
    expect([...PARTY_TYPE_CODES].sort()).toEqual(['BC', 'CT', 'CV', 'HD', 'KH', 'KL', 'NQ', 'QĐ', 'TB'].sort());
  });
});

describe('ALL_TYPE_CODES', () => {
  it('stays distinct when upper-cased, so case-insensitive lookup is unambiguous', () => {
    const upper = ALL_TYPE_CODES.map((c) => c.toUpperCase());
    expect(new Set(upper).size).toBe(upper.length);
  });
});

describe('typeKeyFromCode', () => {
  it('maps an exact-case state code', () => {
    expect(typeKeyFromCode('TB')).toBe('thong-bao');
  });

  it('maps a Party-only code', () => {
    expect(typeKeyFromCode('KL')).toBe('ket-luan');
    expect(typeKeyFromCode('CV')).toBe('cong-van');
  });

  it('is case-insensitive', () => {
    expect(typeKeyFromCode('qđ')).toBe('quyet-dinh');
    expect(typeKeyFromCode('ttr')).toBe('to-trinh');
  });

  it('keeps CT and CTr apart', () => {
    expect(typeKeyFromCode('CT')).toBe('chi-thi');
    expect(typeKeyFromCode('CTr')).toBe('chuong-trinh');
  });

  it('keeps HD and HĐ apart (no Đ folding)', () => {
    expect(typeKeyFromCode('HD')).toBe('huong-dan');
    expect(typeKeyFromCode('HĐ')).toBe('hop-dong');
  });

  it('accepts the look-alike Ð', () => {
    expect(typeKeyFromCode('Q\u00D0')).toBe('quyet-dinh');
  });

  it('maps VBQPPL codes', () => {
    expect(typeKeyFromCode('NĐ')).toBe('nghi-dinh');
  });

  it('returns null for an unknown code', () => {
    expect(typeKeyFromCode('ND')).toBeNull();
    expect(typeKeyFromCode('')).toBeNull();
  });
});

describe('canonicalTypeCode', () => {
  it('restores the exact mixed case', () => {
    expect(canonicalTypeCode('ctr')).toBe('CTr');
    expect(canonicalTypeCode('QYĐ')).toBe('QyĐ');
  });

  it('only considers the given code list', () => {
    expect(canonicalTypeCode('NĐ', ND30_TYPE_CODES)).toBeNull();
  });

  it('returns null for an unknown code', () => {
    expect(canonicalTypeCode('XYZ')).toBeNull();
  });
});

describe('typeKeyFromTitle', () => {
  it('reads an upper-case type line', () => {
    expect(typeKeyFromTitle('THÔNG BÁO')).toBe('thong-bao');
  });

  it('reads a sentence-case type name', () => {
    expect(typeKeyFromTitle('Chỉ thị')).toBe('chi-thi');
  });

  it('ignores tone marks and extra spaces', () => {
    expect(typeKeyFromTitle('  ke   hoach ')).toBe('ke-hoach');
  });

  it('reads the type at the start of a longer title', () => {
    expect(typeKeyFromTitle('THÔNG BÁO KẾT LUẬN')).toBe('thong-bao');
  });

  it('prefers the longest matching name', () => {
    expect(typeKeyFromTitle('Thông tư liên tịch')).toBe('thong-tu-lien-tich');
  });

  it('does not match a name that is only a word prefix', () => {
    expect(typeKeyFromTitle('Thông tin')).toBeNull();
  });

  it('returns null for a subject line', () => {
    expect(typeKeyFromTitle('V/v đẩy mạnh phong trào')).toBeNull();
  });
});
