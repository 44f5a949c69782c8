import { describe, expect, it } from 'vitest';
import { shortUnitPath } from './short-path.ts';

describe('shortUnitPath', () => {
  it('keeps the code and period of a unit address, whatever the name says', () => {
    expect(shortUnitPath('/dia-phuong/29489-xa-ham-giang-cu/')).toBe('/dia-phuong/29489/');
    expect(shortUnitPath('/dia-phuong/truoc-2025/29489-xa-ham-tan')).toBe('/dia-phuong/truoc-2025/29489/');
    expect(shortUnitPath('/ntm/dia-phuong/86-tinh-vinh-long/')).toBe('/ntm/dia-phuong/86/');
  });

  it('leaves other addresses alone', () => {
    expect(shortUnitPath('/van-ban/ubnd-tinh-quang-tri-20-ubnd-nn-2020/')).toBeNull();
    expect(shortUnitPath('/dia-phuong/')).toBeNull();
    expect(shortUnitPath('/dia-phuong/29489/')).toBeNull();
  });
});
