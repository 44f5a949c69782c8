/**
 * The "Số:" line (ô 3): the number exactly as printed, kept raw for the `number` field, including a
 * blank serial ("Số: /UBND-KT", a copy of a document before it was numbered) and a correction struck
 * through ("Số: ~~26~~20/UBND-NN"). Parsing is `parseDocumentNumber`'s job; this module finds the
 * line, cleans what the copy added, and says which parts the parser cannot get right.
 */
import { parseDocumentNumber, type ParsedNumber } from '../docnum/parse.ts';
import { isBlank } from './lines.ts';
import { kinhGuiText, numberLineText } from './landmarks.ts';

export interface NumberFound {
  /** As printed, spaces the copy added removed: "~~26~~20/UBND-NN", "/TB-UBND", "815-CV/HU". */
  raw: string;
  parsed: ParsedNumber;
  /** Hand-set parts for the front matter, only where the parser gets a part wrong or misses it. */
  parts?: { serial?: number; body_code?: string; family?: 'administrative' };
  /** A correction visible on the original: the struck text and what replaced it. */
  correction?: { original: string; corrected: string };
  /** What followed the number on the same line (a flattened date cell), if anything. */
  rest: string;
  line: number;
}

// The number: optional struck parts, then serial/symbol characters; no spaces except around "/" and "-".
const NUMBER = /^((?:~~[^~]*~~|[\p{L}\d&.~])*(?:\s*[/-]\s*(?:~~[^~]*~~|[\p{L}\d&.~])+)+)\s*[.,;]?\s*(.*)$/u;
const HEADER_REACH = 30;

/** The text a strike replaced: the characters after it up to the next "/" or "-". */
function correctionOf(raw: string, parsed: ParsedNumber): NumberFound['correction'] {
  const m = /~~([^~]*)~~([^/\-~\s]*)/u.exec(raw);
  if (!m || parsed.struck.length === 0) return undefined;
  const original = m[1]!.trim();
  // A whole former number struck and the new one written after it.
  const corrected = original.includes('/') ? parsed.normalized : m[2]!;
  return corrected ? { original, corrected } : undefined;
}

/** Parts the front matter must state: "12/UBND" (no unit code) is a công văn the parser cannot read. */
function partsFor(parsed: ParsedNumber): NumberFound['parts'] {
  if (parsed.family !== 'unknown') return undefined;
  const m = /^(\d{1,6})?\/(\p{Lu}[\p{L}\d&.]*)$/u.exec(parsed.normalized);
  if (!m) return undefined;
  return { ...(m[1] ? { serial: Number(m[1]) } : {}), body_code: m[2]!, family: 'administrative' };
}

/** Reads a "Số:" line; null when the line is not one. */
export function readNumberLine(line: string, index = 0): NumberFound | null {
  const text = numberLineText(line);
  if (text === null) return null;
  const m = NUMBER.exec(text);
  if (!m) return null;
  const raw = m[1]!.replace(/\s+/gu, '').replace(/\.+$/u, '');
  const parsed = parseDocumentNumber(raw);
  const parts = partsFor(parsed);
  const correction = correctionOf(raw, parsed);
  return { raw, parsed, ...(parts ? { parts } : {}), ...(correction ? { correction } : {}), rest: m[2]!.trim(), line: index };
}

/** The first "Số:" line near the top of the document. */
export function findNumber(lines: readonly string[]): NumberFound | null {
  for (let i = 0; i < Math.min(lines.length, HEADER_REACH); i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (kinhGuiText(line) !== null) break;
    const found = readNumberLine(line, i);
    if (found) return found;
  }
  return null;
}
