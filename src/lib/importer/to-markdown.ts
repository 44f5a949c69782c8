/**
 * Writes an imported entry as a Markdown file: YAML front matter (via the `yaml` package) in the
 * style of the hand-written entries (numbers and dates quoted, short lists on one line, long texts
 * folded), a comment saying where it came from, then the body. The output depends only on the
 * entry, so importing the same file twice gives the same bytes.
 */
import { Document, isMap, isScalar, isSeq, Scalar, visit } from 'yaml';
import type { Imported } from './import-document.ts';

// Values that must stay strings whatever they look like ("2024", "20/UBND-NN", "45").
const QUOTED = new Set(['number', 'date', 'retrieved']);
// Lists of short keys, written on one line: [ntm-2021-2025].
const FLOW = new Set(['programmes', 'campaigns', 'localities', 'block', 'former_slugs']);
// Free texts that may run long, folded over lines.
const FOLDED = new Set(['summary', 'subject', 'title']);
const LINE_WIDTH = 100;

/** The whole file: front matter between "---" lines, then the body. */
export function toMarkdown(entry: Imported, sourceFile: string): string {
  const doc = new Document(entry.data);
  (doc.contents as { commentBefore?: string }).commentBefore = ` Nhập bằng npm run import từ ${sourceFile}; kiểm tra từng trường trước khi đăng.`;
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const value = pair.value;
      if (isSeq(value) && FLOW.has(key)) value.flow = true;
      if (isSeq(value) && (key === 'localities' || key === 'block')) {
        for (const item of value.items) if (isScalar(item) && key === 'localities') item.type = Scalar.QUOTE_DOUBLE;
      }
      if (isScalar(value) && typeof value.value === 'string') {
        if (QUOTED.has(key)) value.type = Scalar.QUOTE_DOUBLE;
        else if (FOLDED.has(key) && value.value.length > LINE_WIDTH - key.length - 2) value.type = Scalar.BLOCK_FOLDED;
      }
      if (isMap(value) && key === 'signer') value.flow = false;
    },
  });
  const yaml = doc.toString({ lineWidth: LINE_WIDTH, minContentWidth: 40, indentSeq: true, flowCollectionPadding: false });
  return `---\n${yaml}---\n\n${entry.body}`;
}
