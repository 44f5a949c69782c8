/**
 * Reads the front matter of a Markdown file with `yaml`, which keeps source positions, so a bad
 * field is reported on its own line. YAML 1.2 core schema: an unquoted 2020-06-15 stays a string.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'astro/zod';
import { msg } from '../../i18n/validation.ts';
import type { DataIssue } from './issue.ts';

/** Front matter as data, the Markdown body, and the line where the body starts. */
export interface ParsedMarkdown {
  data: Record<string, unknown>;
  body: string;
  bodyLine: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits and parses a Markdown file; YAML errors are reported with their line. */
export const parseMarkdown = (
  text: string,
  file: string,
): { parsed?: ParsedMarkdown; issues: DataIssue[]; lineOf: (path: readonly PropertyKey[]) => number | undefined } => {
  const m = FENCE.exec(text);
  if (!m) return { issues: [{ file, line: 1, message: msg.noFrontmatter }], lineOf: () => undefined };
  const yamlText = m[1]!;
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  // +1: the opening fence is line 1, so YAML line 1 is file line 2.
  const lineAt = (offset: number) => counter.linePos(offset).line + 1;
  const issues: DataIssue[] = doc.errors.map((e) => ({
    file,
    line: lineAt(e.pos[0]),
    message: msg.yamlSyntax(e.message.split('\n')[0] ?? e.message),
  }));
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    // Walk down to the deepest node that exists, so a missing key points at its parent.
    let node: unknown = doc.contents;
    let line: number | undefined = 1;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        const k = pair.key as Node | null;
        if (k?.range) line = lineAt(k.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        const n = node as Node | undefined;
        if (n?.range) line = lineAt(n.range[0]);
      } else break;
    }
    return line;
  };
  if (issues.length) return { issues, lineOf };
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const bodyLine = m[0].split('\n').length;
  return { parsed: { data, body: text.slice(m[0].length), bodyLine }, issues, lineOf };
};

/** Checks front matter against a schema; each Zod issue becomes an issue on the field's line. */
export const checkFrontmatter = <S extends z.ZodType>(
  schema: S,
  parsed: ParsedMarkdown,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): { data?: z.output<S>; issues: DataIssue[] } => {
  const r = schema.safeParse(parsed.data);
  if (r.success) return { data: r.data, issues: [] };
  const issues = r.error.issues.flatMap((zi): DataIssue[] => {
    // Unknown keys are reported per key, on the key's own line.
    const keys: (PropertyKey | undefined)[] = zi.code === 'unrecognized_keys' ? zi.keys : [undefined];
    return keys.map((key) => {
      const path = key === undefined ? zi.path : [...zi.path, key];
      const value = valueAt(parsed.data, path);
      return {
        file,
        line: lineOf(path),
        column: path.map(String).join('.') || undefined,
        value: typeof value === 'string' || typeof value === 'number' ? String(value) : undefined,
        message: key === undefined ? zi.message : msg.unknownField(String(key)),
      };
    });
  });
  return { issues };
};

const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);
