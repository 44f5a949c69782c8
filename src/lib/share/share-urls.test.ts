import { describe, expect, it } from 'vitest';
import { facebookShareUrl } from './share-urls.ts';

describe('facebookShareUrl', () => {
  it('passes the whole address, encoded, as the only parameter', () => {
    const url = 'https://example.org/ntm/dia-phuong/29489-xa-ham-giang/?a=1&b=2#x';
    const share = new URL(facebookShareUrl(url));
    expect(share.origin + share.pathname).toBe('https://www.facebook.com/sharer/sharer.php');
    expect([...share.searchParams.keys()]).toEqual(['u']);
    expect(share.searchParams.get('u')).toBe(url);
    expect(facebookShareUrl(url)).toContain('u=https%3A%2F%2Fexample.org%2Fntm%2Fdia-phuong%2F29489-xa-ham-giang%2F%3Fa%3D1%26b%3D2%23x');
  });
});
