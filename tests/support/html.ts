/** Reading built HTML without a DOM: the start tags of a page and their attributes. */

/** A start tag: name and attributes, names lower-cased, values as written (entities left). */
export interface Tag {
  name: string;
  attributes: { name: string; value: string }[];
}

const START_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=/>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g;
const ATTRIBUTE = /\s+([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;

/**
 * Every start tag of `html`, as a browser would tokenize them: quoted attribute values may hold
 * `<` and `>`, comments are skipped. A value whose quote was not escaped ends early, and what
 * follows shows up as tags of its own, which is what escaping tests look for.
 */
export const startTags = (html: string): Tag[] =>
  [...html.replace(/<!--[\s\S]*?-->/g, '').matchAll(START_TAG)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attributes: [...m[2]!.matchAll(ATTRIBUTE)].map((a) => ({ name: a[1]!.toLowerCase(), value: a[2] ?? a[3] ?? a[4] ?? '' })),
  }));

/** The value of an attribute of a tag, or undefined. */
export const attribute = (tag: Tag, name: string): string | undefined => tag.attributes.find((a) => a.name === name)?.value;
