/**
 * Reading a recipient list ("Kính gửi:", "Nơi nhận:"): one item per "-" line, a line starting in
 * lower case continuing the item above it (a copy wraps long names), and the separators the decree
 * prescribes (";" between items, "." after the last) taken off, since the portal shows a list.
 */
import { listItem, SIGNED_MARK } from './landmarks.ts';
import { plain, startsLowercase } from './lines.ts';

/** An item's text without the list separator at its end: "TT. HĐND tỉnh;" → "TT. HĐND tỉnh". */
export const itemText = (text: string): string => plain(text).replace(/\s*[;.,]+$/u, '').trim();

/** The item of a list line, or null; the marker is dropped. */
export const itemOf = (line: string): string | null => listItem(line)?.text ?? null;

/** True when `line` continues the item above: it starts in lower case and is not a mark such as "(đã ký)". */
export const continuesItem = (line: string): boolean => startsLowercase(line) && plain(line).replace(SIGNED_MARK, '').trim() !== '';
