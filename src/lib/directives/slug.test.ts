import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { slugForDirective } from './slug.ts';

describe('slugForDirective', () => {
  it('joins the short body name, the number in force and the year', () => {
    expect(slugForDirective({ issuer: 'UBND tỉnh Quảng Trị', number: '~~26~~20/UBND-NN', date: '2020-06-15' })).toBe(
      'ubnd-tinh-quang-tri-20-ubnd-nn-2020',
    );
  });

  it('keeps only the symbol of a blank serial', () => {
    expect(slugForDirective({ issuer: 'UBND huyện Tân Uyên', number: '/TB-UBND', date: '2024-01' })).toBe('ubnd-huyen-tan-uyen-tb-ubnd-2024');
  });

  it('shortens spelled-out names the way the ids write them', () => {
    expect(slugForDirective({ issuer: 'Ủy ban nhân dân thành phố Quảng Ngãi', number: '/UBND-KT', date: '2024' })).toBe(
      'ubnd-tp-quang-ngai-ubnd-kt-2024',
    );
    expect(
      slugForDirective({ issuer: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ngãi', number: '512/SNN-VPĐP', date: '2024-03-12' }),
    ).toBe('so-nn-ptnt-tinh-quang-ngai-512-snn-vpdp-2024');
  });

  it('writes Party numbers and legal numbers without their punctuation', () => {
    expect(slugForDirective({ issuer: 'Huyện ủy Trà Cú', number: '815-CV/HU', date: '2023-04-12' })).toBe('huyen-uy-tra-cu-815-cv-hu-2023');
    expect(slugForDirective({ issuer: 'Thủ tướng Chính phủ', number: '51/2025/QĐ-TTg', date: '' })).toBe('thu-tuong-chinh-phu-51-2025-qd-ttg-2025');
  });

  it('leaves the year out when neither the date nor the number has one', () => {
    expect(slugForDirective({ issuer: 'UBND tỉnh Lai Châu', number: '12/UBND-NN', date: '' })).toBe('ubnd-tinh-lai-chau-12-ubnd-nn');
  });

  it('gives every committed directive the id it has', () => {
    const dir = fileURLToPath(new URL('../../../content/directives/', import.meta.url));
    const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const data = parse(readFileSync(dir + file, 'utf8').split('---')[1]!) as Parameters<typeof slugForDirective>[0];
      expect(slugForDirective(data), file).toBe(file.slice(0, -3));
    }
  });
});
