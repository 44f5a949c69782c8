/**
 * Document numbers as single search words. Pagefind drops punctuation inside a word, so it already
 * indexes "43/TB-UBND" as one word "43tbubnd" (plus its parts "43", "tb", "ubnd", which match far too
 * much on their own). What it cannot do is fold Đ ("QĐ" stays "qđ"), drop a serial's leading zero
 * ("04" and "4" are the same number) or join a number typed with spaces ("43 TB-UBND"). These
 * functions give the index and the query the same words, so a number finds its document first.
 */
import { foldVietnamese } from '../text/fold.ts';
import { formerNumbers, numberSearchKeys, parseDocumentNumber } from '../docnum/parse.ts';
import { numberOf, type NumberParts } from '../directives/number-of.ts';

/** One search word for a number: folded, lower case, letters and digits only ("51/2025/QĐ-TTg" → "512025qdttg"). */
export const numberWord = (text: string): string => foldVietnamese(text).replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The words that find a directive by its number: the number in force and every number struck on
 * the original, each as written ("04ctubnd") and without the serial's leading zeros ("4ctubnd").
 * None for a blank serial ("/UBND-KT"): every draft of that body shares it.
 */
export function numberIndexWords(raw: string, parts?: NumberParts): string[] {
  const parsed = numberOf(raw, parts);
  const asWritten = parsed.serial === null ? [] : [parsed.normalized, ...formerNumbers(raw)];
  return [...new Set([...asWritten, ...numberSearchKeys(parsed)].map(numberWord))].filter((w) => /\p{L}/u.test(w) && /\p{N}/u.test(w));
}

// A serial, then one or more codes after "/" or "-": "04/CT", "815-CV", "51/2025/QĐ", "20/UBND-NN".
const PARTIAL = /^\d{1,6}(?:[/-][\p{L}\d][\p{L}\d&.]*)+[/-]?$/u;

/** The search word for a (possibly partial) document number typed as `text`, or null when it is not one. */
function asNumber(text: string): string | null {
  const parsed = parseDocumentNumber(text);
  if (parsed.family !== 'unknown' && parsed.serial !== null) return numberWord(parsed.normalized);
  const squashed = text.replace(/\s+/gu, '');
  // A letter is required: "26/01/2024" is a date, which Pagefind already reads as one word.
  return PARTIAL.test(squashed) && /\p{L}/u.test(squashed) ? numberWord(squashed) : null;
}

const endsWithSeparator = (s: string): boolean => /[/-]$/u.test(s);
const startsWithSeparator = (s: string): boolean => /^[/-]/u.test(s);

/**
 * Whether `next` may belong to the same number as the words before it: a separator touches the
 * space ("43 / TB", "43 /TB"), or a bare serial is followed by a code with a separator ("43 TB-UBND",
 * "815 CV/HU"). Plain words never join, so "43/TB-UBND Lai Châu" keeps "Lai" apart.
 */
const joins = (span: readonly string[], next: string): boolean => {
  const last = span[span.length - 1]!;
  if (endsWithSeparator(last) || startsWithSeparator(next)) return true;
  return span.length === 1 && /^\d{1,6}$/u.test(last) && /^\p{L}[\p{L}\d&.]*[/-]/u.test(next);
};

/** Longest run of words is a number; more than this is never one. */
const MAX_SPAN = 7;

/**
 * Replace each document number in a list of query words by its search word: ["Thông", "báo", "43",
 * "TB-UBND"] → ["Thông", "báo", "43tbubnd"]. Other words are returned as they are.
 */
export function replaceNumbers(words: readonly string[]): { words: string[]; numbers: string[] } {
  const out: string[] = [];
  const numbers: string[] = [];
  for (let i = 0; i < words.length; ) {
    let best: { end: number; word: string } | null = null;
    if (/^\d/u.test(words[i]!)) {
      const span = [words[i]!];
      for (let end = i + 1; ; end++) {
        const word = asNumber(span.join(' '));
        if (word) best = { end, word };
        if (end >= words.length || span.length >= MAX_SPAN || !joins(span, words[end]!)) break;
        span.push(words[end]!);
      }
    }
    if (best) {
      out.push(best.word);
      numbers.push(best.word);
      i = best.end;
    } else {
      out.push(words[i]!);
      i++;
    }
  }
  return { words: out, numbers };
}
