import { describe, expect, it } from 'vitest';
import { hasPreviewImage, previewSlug, unitImagePath } from './image-path.ts';

const commune = { code: '29489', name: 'Hàm Giang', kind: 'xã', level: 'commune' };

describe('unitImagePath', () => {
  it('mirrors the unit page’s path under /og/', () => {
    expect(unitImagePath(commune)).toBe('/og/29489-xa-ham-giang.png');
    expect(unitImagePath({ ...commune, name: 'Hàm Tân', valid_to: '2025-06-30' })).toBe('/og/truoc-2025/29489-xa-ham-tan.png');
    expect(previewSlug({ ...commune, name: 'Hàm Tân', valid_to: '2025-06-30' })).toBe('truoc-2025/29489-xa-ham-tan');
  });

  it('gives communes and current provinces an image, and the rest the site’s default', () => {
    const province = { code: '86', name: 'Vĩnh Long', kind: 'tỉnh', level: 'province' };
    expect(unitImagePath(province)).toBe('/og/86-tinh-vinh-long.png');
    expect(hasPreviewImage({ ...province, valid_to: '2025-06-30' })).toBe(false);
    expect(unitImagePath({ code: '842', name: 'Trà Cú', kind: 'huyện', level: 'district', valid_to: '2025-06-30' })).toBeUndefined();
  });
});
