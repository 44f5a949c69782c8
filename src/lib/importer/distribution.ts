/**
 * "Nơi nhận:" (ô 9b): the distribution list at the bottom left, ending with "- Lưu: VT, …". The
 * signature block sits to its right in the same table, so a flattened copy interleaves the two
 * columns ("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "- Như trên;", "KT. CHỦ TỊCH", …). List lines are
 * items; every other line from there on is handed to the signature reader, in order.
 */
import { isBlank, plain } from './lines.ts';
import { noiNhanText } from './landmarks.ts';
import { continuesItem, itemOf, itemText } from './list-items.ts';

export interface Distribution {
  distribution: string[];
  /** Index of the "Nơi nhận:" line, or -1. */
  start: number;
  /** Lines after "Nơi nhận:" that are not list items: the signature block when the columns were interleaved. */
  others: number[];
  used: number[];
}

/** Finds the last "Nơi nhận:" of the document and reads its list. */
export function readDistribution(lines: readonly string[]): Distribution {
  let start = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (noiNhanText(lines[i]!) !== null) {
      start = i;
      break;
    }
  }
  if (start < 0) return { distribution: [], start, others: [], used: [] };
  const items: string[] = [];
  const others: number[] = [];
  const used = [start];
  const inline = noiNhanText(lines[start]!)!;
  if (inline) items.push(itemText(itemOf(inline) ?? inline));
  let closed = false; // after "- Lưu: …" the list is over
  let lastItemLine = start;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const item = closed ? null : itemOf(line);
    if (item !== null) {
      items.push(itemText(item));
      used.push(i);
      lastItemLine = i;
      closed = /^lưu\b/iu.test(item);
      continue;
    }
    // A wrapped item: a lower-case line under an item that did not end with ";" or ".".
    const above = plain(lines[lastItemLine]!);
    if (!closed && items.length > 0 && continuesItem(line) && !/[;.]$/u.test(above) && lastItemLine !== start) {
      items[items.length - 1] = itemText(`${items.at(-1)} ${plain(line)}`);
      used.push(i);
      lastItemLine = i;
      continue;
    }
    others.push(i);
  }
  return { distribution: items, start, others, used };
}
