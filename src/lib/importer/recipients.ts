/**
 * "Kính gửi:" (ô 9a): who the document is addressed to, on the same line ("Kính gửi: Ủy ban nhân dân
 * tỉnh.") or as a "-" list below it, blank lines allowed between the items.
 */
import { isBlank, plain } from './lines.ts';
import { kinhGuiText } from './landmarks.ts';
import { continuesItem, itemOf, itemText } from './list-items.ts';

export interface Recipients {
  recipients: string[];
  /** Lines taken, for the body to leave out; empty when there is no "Kính gửi:". */
  used: number[];
}

const REACH = 60;
// Recipients are names; a longer "item" is already the first point of the text.
const MAX_ITEM = 200;

/** Finds the "Kính gửi:" block near the top of the document. */
export function readRecipients(lines: readonly string[]): Recipients {
  const start = lines.slice(0, REACH).findIndex((l) => kinhGuiText(l) !== null);
  if (start < 0) return { recipients: [], used: [] };
  const items: string[] = [];
  const used = [start];
  const inline = kinhGuiText(lines[start]!)!;
  if (inline) items.push(itemText(itemOf(inline) ?? inline));
  let lastItemLine = start;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const item = itemOf(line);
    if (item !== null && item.length <= MAX_ITEM) {
      items.push(itemText(item));
      used.push(i);
      lastItemLine = i;
      continue;
    }
    // A wrapped name: a lower-case line right under an item that did not end with ";" or ".".
    if (items.length > 0 && i === lastItemLine + 1 && continuesItem(line) && !/[;.]$/u.test(plain(lines[lastItemLine]!))) {
      items[items.length - 1] = itemText(`${items.at(-1)} ${plain(line)}`);
      used.push(i);
      lastItemLine = i;
      continue;
    }
    break;
  }
  return { recipients: items, used };
}
