import { describe, expect, it } from 'vitest';
import { directiveJsonLd, jsonForScript } from './json-ld.ts';

const base = {
  url: 'https://x.org/van-ban/a/',
  title: 'Công văn 20/UBND-NN',
  number: '~~26~~20/UBND-NN',
  typeName: 'Công văn',
  subject: 'V/v đẩy mạnh phong trào',
  summary: 'Tóm tắt.',
  issuer: 'UBND tỉnh Quảng Trị',
  date: '2020-06-15',
  cites: [],
  siteName: 'S',
  siteUrl: 'https://x.org/',
};

describe('directiveJsonLd', () => {
  it('describes the document with its raw number, date and body', () => {
    expect(directiveJsonLd(base)).toMatchObject({
      '@type': 'DigitalDocument',
      identifier: '~~26~~20/UBND-NN',
      dateCreated: '2020-06-15',
      creator: { '@type': 'GovernmentOrganization', name: 'UBND tỉnh Quảng Trị' },
    });
  });

  it('omits a blank date and an empty citation list rather than inventing them', () => {
    const ld = directiveJsonLd({ ...base, date: '' });
    expect(ld).not.toHaveProperty('dateCreated');
    expect(ld).not.toHaveProperty('citation');
    expect(directiveJsonLd({ ...base, cites: ['https://x.org/van-ban/b/'] }).citation).toEqual(['https://x.org/van-ban/b/']);
  });
});

describe('jsonForScript', () => {
  it('cannot close the script element it sits in', () => {
    const s = jsonForScript({ subject: '</script><script>alert(1)</script>' });
    expect(s).not.toContain('<');
    expect(JSON.parse(s).subject).toBe('</script><script>alert(1)</script>');
  });
});
