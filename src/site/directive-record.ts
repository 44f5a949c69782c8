/**
 * The open-data records of all directives, built once per build for the three downloads that share
 * them: /van-ban/<id>.json, /du-lieu/van-ban.json and /du-lieu/van-ban.csv. The front matter is read
 * again from the file, so it is published as stored, not as the schema normalised it.
 */
import { readFileSync } from 'node:fs';
import { parseMarkdown } from '../lib/validate/frontmatter.ts';
import { directiveRecord, type DirectiveRecord } from '../lib/directives/record.ts';
import { typeName } from '../lib/directives/title.ts';
import { library } from './library.ts';
import { portal, type DirectiveEntry } from './portal.ts';
import { localityLinks } from './refs.ts';
import { titleOf } from './titles.ts';
import { absoluteUrl, directivePath } from './paths.ts';

/** A directive with its record (text included). */
export interface DirectiveWithRecord {
  entry: DirectiveEntry;
  record: DirectiveRecord;
}

const build = async (): Promise<DirectiveWithRecord[]> => {
  const [p, lib] = await Promise.all([portal(), library()]);
  return p.directives.map((entry) => {
    const file = entry.filePath;
    if (!file) throw new Error(`directive ${entry.id}: no source file`);
    // Validation has already passed, so the file parses; a failure here is a bug, not bad data.
    const { parsed } = parseMarkdown(readFileSync(file, 'utf8'), file);
    if (!parsed) throw new Error(`directive ${entry.id}: front matter unreadable in ${file}`);
    const d = entry.data;
    const record = directiveRecord({
      id: entry.id,
      url: absoluteUrl(directivePath(entry.id)),
      title: titleOf(d),
      frontMatter: parsed.data,
      data: d,
      typeName: typeName(d.type),
      facets: lib.facetsOf.get(entry.id)!,
      units: localityLinks(p, d.localities, d.date).map((u) => ({ code: u.code, name: u.name, url: absoluteUrl(u.path) })),
      text: parsed.body,
    });
    return { entry, record };
  });
};

let cache: Promise<DirectiveWithRecord[]> | undefined;
/** Every directive with its record, newest first (the library's order). */
export const directiveRecords = (): Promise<DirectiveWithRecord[]> => (cache ??= build());

/** A record without its text, for the bulk files. */
export const withoutText = ({ text: _text, ...rest }: DirectiveRecord): DirectiveRecord => rest;
