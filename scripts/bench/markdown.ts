/** A Markdown entry as the portal stores it: YAML front matter (with a comment saying it is generated) and a body. */
import { stringify } from 'yaml';

/** Drops undefined fields, so they are left out rather than written as null. */
const defined = (data: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));

/** The file text: `---`, a comment line, the front matter, `---`, a blank line, the body. */
export const markdownFile = (data: Record<string, unknown>, body: string, comment = 'Dữ liệu tổng hợp (minh họa) do npm run bench sinh ra; không phải dữ liệu thật.'): string =>
  `---\n# ${comment}\n${stringify(defined(data), { lineWidth: 0 })}---\n\n${body}`;
