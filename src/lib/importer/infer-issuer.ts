/**
 * A copy taken from a portal often starts at "Số:", without the header that names the issuing body.
 * The body can then still be read from three things a person would use: the number's body code
 * (UBND, HU), the place of the date line ("TP. Quảng Ngãi", "Tân Uyên") and how the document refers
 * to its own body ("UBND tỉnh yêu cầu…", "Chủ tịch UBND huyện…", "CT, các PCT UBND TP"). The result
 * is a guess the importer reports as such.
 */
import { foldVietnamese } from '../text/fold.ts';

export interface InferredIssuer {
  issuer: string;
  /** What the guess rests on, in Vietnamese, for the report. */
  basis: string;
}

type Level = 'tỉnh' | 'thành phố' | 'huyện' | 'thị xã' | 'quận' | 'xã' | 'phường' | 'thị trấn';

const LEVEL_WORDS: readonly [RegExp, Level][] = [
  [/^tp\.?$|^thanh pho$/u, 'thành phố'],
  [/^tx\.?$|^thi xa$/u, 'thị xã'],
  [/^thi tran$/u, 'thị trấn'],
  [/^tinh$/u, 'tỉnh'],
  [/^huyen$/u, 'huyện'],
  [/^quan$/u, 'quận'],
  [/^xa$/u, 'xã'],
  [/^phuong$/u, 'phường'],
];

const levelOf = (word: string): Level | null => LEVEL_WORDS.find(([re]) => re.test(foldVietnamese(word).trim()))?.[1] ?? null;

// "UBND huyện", "Ủy ban nhân dân tỉnh", "UBND TP" — what follows decides whether it names the document's own body.
const SELF = /(?<![\p{L}])(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(thành phố|thị xã|thị trấn|tỉnh|huyện|quận|xã|phường|TP\.?|TX\.?)(?=([\s,.;:)]*)(\S*))/gu;
// Words before a mention that make it someone else's body: "của UBND tỉnh", "các UBND huyện".
const OTHER_BEFORE = /(?:của|các|cho|với|tới|đến|gửi)\s+(?:Chủ tịch\s+)?$/iu;

/** Counts the document's references to "UBND <level>" that are not followed by a place name (another body). */
export function selfLevel(text: string): Level | null {
  const counts = new Map<Level, number>();
  for (const m of text.matchAll(SELF)) {
    const next = m[3] ?? '';
    // "UBND tỉnh Kon Tum" names a particular body; the document's own is named without its place.
    if (/^\s+$/u.test(m[2] ?? '') && /^\p{Lu}/u.test(next) && !/^(UBND|HĐND|Ủy|Chủ|Thủ|Trưởng|Ban)/u.test(next)) continue;
    if (OTHER_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const level = levelOf(m[1]!);
    if (level) counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return null;
  // A tie is no evidence.
  if (ranked.length > 1 && ranked[0]![1] === ranked[1]![1]) return null;
  return ranked[0]![0];
}

// Party committees by the body code of their numbers (815-CV/HU).
const COMMITTEES: Record<string, string> = { HU: 'Huyện ủy', TU: 'Tỉnh ủy', QU: 'Quận ủy', ĐU: 'Đảng ủy' };

/** Splits "TP. Quảng Ngãi" into a level and a name; a bare name has no level. */
export function splitPlace(place: string): { level: Level | null; name: string } {
  const m = /^(TP\.?|TX\.?|Thành phố|Thị xã|Thị trấn|Tỉnh|Huyện|Quận|Xã|Phường)\s+(.+)$/iu.exec(place.trim());
  if (!m) return { level: null, name: place.trim() };
  return { level: levelOf(m[1]!), name: m[2]!.trim() };
}

/** Guesses the issuing body of a copy without a header; null when the evidence does not agree. */
export function inferIssuer(input: { bodyCode: string | null; place: string | null; text: string }): InferredIssuer | null {
  const { bodyCode, place, text } = input;
  if (!bodyCode || !place) return null;
  const { level: placeLevel, name } = splitPlace(place);
  if (bodyCode.toUpperCase() === 'UBND') {
    const level = placeLevel ?? selfLevel(text);
    if (!level) return null;
    const basis = placeLevel
      ? `ký hiệu UBND và địa danh "${place}"`
      : `ký hiệu UBND, địa danh "${place}" và cách văn bản tự gọi mình ("UBND ${level}")`;
    return { issuer: `UBND ${level} ${name}`, basis };
  }
  const committee = COMMITTEES[bodyCode];
  if (committee && !placeLevel) return { issuer: `${committee} ${name}`, basis: `ký hiệu ${bodyCode} và địa danh "${place}"` };
  return null;
}
