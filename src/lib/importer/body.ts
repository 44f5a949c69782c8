/**
 * The text of the document (ô 6) as Markdown. Each line of a copy is a paragraph; a line that starts
 * in lower case continues the one above (a copy breaks long paragraphs). The document's own structure
 * becomes Markdown structure: "I." headings in bold, "1." points as an ordered list, "a)", "-" and "+"
 * points as lists nested under them, "Điều 1." with its label in bold. "Căn cứ …" lines stay
 * paragraphs of their own, as printed.
 */
import { isBlank, isUpperLine, plain, startsLowercase } from './lines.ts';

type Kind = 'number' | 'letter' | 'dash' | 'plus';
const RANK: Record<Kind, number> = { number: 1, letter: 2, dash: 3, plus: 4 };

interface Block {
  text: string;
  indent: number;
  item: Kind | null;
}

const ROMAN = /^([IVXL]{1,5})[.)]\s+\S/u;
const NUMBER = /^(\d{1,2})[.)]\s+(\S.*)$/u;
const LETTER = /^([a-zđ])[.)]\s+(\S.*)$/u;
const DASH = /^[-–•]\s+(\S.*)$/u;
const PLUS = /^\+\s+(\S.*)$/u;
const ARTICLE = /^(Điều\s+\d+[a-z]?\s*[.:])\s*(.*)$/u;

/** Text made safe for Markdown: no raw HTML, and no start that Markdown would read as a list or heading. */
function escape(text: string, atStart: boolean): string {
  const safe = text.replace(/</gu, '&lt;');
  if (!atStart) return safe;
  return safe.replace(/^(\d+)([.)])(\s)/u, '$1\\$2$3').replace(/^([#>=])/u, '\\$1');
}

/** A numbered point that introduces its own sub-points: ends with ":" or is a short line without a full stop. */
const isHeadingLike = (text: string): boolean => /:$/u.test(text) || (text.length <= 120 && !/[.;!?]$/u.test(text));

/** Paragraphs of the body: blank lines dropped, a line starting in lower case joined to the one above. */
function paragraphs(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (isBlank(line)) continue;
    const text = line.trim().replace(/\s+/gu, ' ');
    const prev = out.at(-1);
    // A point ("a) …", "+ …") may start in lower case too, but it stands on its own.
    const point = [LETTER, DASH, PLUS, NUMBER].some((re) => re.test(text));
    if (prev !== undefined && startsLowercase(text) && !point && !isUpperLine(prev)) out[out.length - 1] = `${prev} ${text}`;
    else out.push(text);
  }
  return out;
}

/** The body lines as Markdown. */
export function bodyToMarkdown(lines: readonly string[]): string {
  const blocks: Block[] = [];
  // Open list items, outermost first, with the indent of their content.
  const stack: { kind: Kind; content: number; children: number; heading: boolean }[] = [];
  const openItem = (kind: Kind, marker: string, text: string) => {
    while (stack.length > 0 && RANK[stack.at(-1)!.kind] >= RANK[kind]) stack.pop();
    const parent = stack.at(-1);
    const indent = parent ? parent.content : 0;
    if (parent) parent.children++;
    blocks.push({ text: `${marker} ${escape(text, false)}`, indent, item: kind });
    stack.push({ kind, content: indent + marker.length + 1, children: 0, heading: isHeadingLike(text) });
  };
  for (const para of paragraphs(lines)) {
    const p = para;
    let m: RegExpExecArray | null;
    if (ROMAN.test(p) || (isUpperLine(p) && p.length <= 80)) {
      stack.length = 0;
      blocks.push({ text: `**${escape(plain(p), false)}**`, indent: 0, item: null });
    } else if ((m = NUMBER.exec(p))) {
      openItem('number', `${m[1]}.`, m[2]!);
    } else if ((m = LETTER.exec(p))) {
      openItem('letter', '-', `${m[1]}) ${m[2]}`);
    } else if ((m = DASH.exec(p))) {
      openItem('dash', '-', m[1]!);
    } else if ((m = PLUS.exec(p))) {
      openItem('plus', '-', m[1]!);
    } else {
      const top = stack.at(-1);
      // "1. Về yêu cầu chung" followed by paragraphs: they belong to the point until its first sub-point.
      const nested = top !== undefined && top.kind === 'number' && top.heading && top.children === 0;
      if (!nested) stack.length = 0;
      const article = ARTICLE.exec(p);
      const text = article ? `**${article[1]}**${article[2] ? ` ${escape(article[2], false)}` : ''}` : escape(p, true);
      blocks.push({ text, indent: nested ? top.content : 0, item: null });
    }
  }
  let out = '';
  blocks.forEach((b, i) => {
    const prev = blocks[i - 1];
    // Sub-points follow each other line by line (a tight list); everything else is separated by a blank line.
    const tight = prev?.item != null && b.item !== null && b.item !== 'number';
    if (i > 0) out += tight ? '\n' : '\n\n';
    out += ' '.repeat(b.indent) + b.text;
  });
  return out === '' ? '' : `${out}\n`;
}
