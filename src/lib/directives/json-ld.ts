/**
 * schema.org description of a directive for search engines: a government document with its number,
 * date, issuing body and the documents it cites. Dates are given only to the precision printed.
 */
export interface DirectiveLd {
  url: string;
  title: string;
  number: string;
  typeName: string;
  subject: string;
  summary: string;
  issuer: string;
  /** Partial ISO date; omitted when blank. */
  date: string;
  /** Addresses of held documents it cites. */
  cites: string[];
  siteName: string;
  siteUrl: string;
}

/** The JSON-LD object. */
export const directiveJsonLd = (d: DirectiveLd) => ({
  '@context': 'https://schema.org',
  '@type': 'DigitalDocument',
  '@id': d.url,
  url: d.url,
  name: d.title,
  headline: `${d.title}: ${d.subject}`.slice(0, 110),
  identifier: d.number,
  genre: d.typeName,
  about: d.subject,
  abstract: d.summary,
  inLanguage: 'vi',
  ...(d.date ? { dateCreated: d.date } : {}),
  creator: { '@type': 'GovernmentOrganization', name: d.issuer },
  ...(d.cites.length > 0 ? { citation: d.cites } : {}),
  isPartOf: { '@type': 'WebSite', name: d.siteName, url: d.siteUrl },
});

/** JSON safe inside a <script type="application/ld+json"> element: "<" cannot close it. */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
