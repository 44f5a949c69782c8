/**
 * Header names, signature titles and some subjects are printed in capitals ("ỦY BAN NHÂN DÂN TỈNH
 * QUẢNG TRỊ", "PHÓ CHỦ TỊCH"); the portal stores them as a person would write them in a sentence
 * ("UBND tỉnh Quảng Trị", "Phó Chủ tịch"), following the capitalisation rules of Nghị định 30/2020
 * Phụ lục II: a body's name capitalises its first word and the words naming its field; a place
 * name capitalises every syllable; abbreviations stay in capitals.
 */
import { foldVietnamese } from '../text/fold.ts';

// One Vietnamese syllable: optional onset, one to three vowels, optional final consonant.
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/u;

/** True for a word that cannot be a Vietnamese syllable, hence an abbreviation: UBND, HĐND, NTM, TP. */
export function isAbbreviation(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  return !SYLLABLE.test(foldVietnamese(letters));
}

const capitalise = (w: string): string => {
  const i = w.search(/\p{L}/u);
  return i < 0 ? w : w.slice(0, i) + w.charAt(i).toUpperCase() + w.slice(i + 1);
};

// Full names a header spells out, shortened the way the portal's entries write them.
const SHORTENED: readonly [RegExp, string][] = [
  [/ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN/giu, 'UBND'],
  [/HỘI ĐỒNG NHÂN DÂN/giu, 'HĐND'],
];

// Fixed names whose capitals no rule predicts.
const word = (phrase: string): RegExp => new RegExp(`(?<!\\p{L})${phrase}(?!\\p{L})`, 'giu');
const FIXED: readonly [RegExp, string][] = [
  'Mặt trận Tổ quốc Việt Nam',
  'Mặt trận Tổ quốc',
  'Việt Nam',
  'Chính phủ',
  'Thủ tướng',
  'Quốc hội',
  'Trung ương',
  'Đảng Cộng sản',
  'Chủ tịch',
].map((name) => [word(name.toLocaleLowerCase('vi')), name]);

// Administrative levels: the words after them are a place name.
const LEVELS = ['tỉnh', 'huyện', 'quận', 'xã', 'phường', 'thành phố', 'thị xã', 'thị trấn', 'đặc khu', 'tp.', 'tx.'];
// Party committees named after their place: "Huyện ủy Trà Cú", "Đảng bộ tỉnh Trà Vinh".
const COMMITTEES = ['tỉnh ủy', 'huyện ủy', 'thành ủy', 'thị ủy', 'quận ủy', 'đảng ủy', 'đảng bộ', 'chi bộ'];
// Bodies whose next word, and each field after "và" or a dash, starts with a capital: "Sở Nông nghiệp và Phát triển nông thôn".
const HEADS = ['sở', 'phòng', 'ban', 'bộ', 'cục', 'chi cục', 'tổng cục', 'văn phòng', 'trung tâm', 'ủy ban', 'viện', 'hội', 'trường'];
// Words that end a place name in running text ("tỉnh Quảng Ngãi năm 2024").
const STOP = new Set(['năm', 'giai', 'và', 'về', 'trên', 'của', 'các', 'tại', 'theo', 'đến', 'từ', 'với', 'trong', 'cho', 'thuộc', 'đợt', 'lần']);
const MAX_PLACE_WORDS = 4;

const lower = (w: string): string => w.toLocaleLowerCase('vi');
const key = (w: string): string => lower(w.replace(/[^\p{L}.]/gu, ''));
const normaliseUy = (s: string): string => s.replace(/uỷ/gu, 'ủy').replace(/Uỷ/gu, 'Ủy');

/** Length (in words) of the phrase from `list` starting at word i, or 0. */
function phraseAt(words: readonly string[], i: number, list: readonly string[]): number {
  for (const p of list) {
    const parts = p.split(' ');
    if (parts.every((part, k) => normaliseUy(key(words[i + k] ?? '')) === part)) return parts.length;
  }
  return 0;
}

/** Upper-case text in the casing of a name: "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN" → "Sở Nông nghiệp và Phát triển nông thôn". */
export function recaseName(text: string, options: { heads?: boolean } = {}): string {
  const heads = options.heads ?? true;
  const shortened = SHORTENED.reduce((s, [re, to]) => s.replace(re, to), text.trim());
  const words = shortened.split(/\s+/u).filter((w) => w !== '');
  const out: string[] = [];
  let placeLeft = 0; // words still to title-case as a place name
  let capNext = false; // next word starts a field of a body's name
  let inHead = false; // inside a body's name, where "và" and dashes start a new field
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (isAbbreviation(word) || /\d/u.test(word)) {
      out.push(word);
      capNext = false;
      continue;
    }
    const committee = phraseAt(words, i, COMMITTEES);
    const level = committee ? 0 : phraseAt(words, i, LEVELS);
    const head = heads && !committee && !level ? phraseAt(words, i, HEADS) : 0;
    if (committee) {
      out.push(capitalise(lower(word)), ...words.slice(i + 1, i + committee).map(lower));
      i += committee - 1;
      // "Đảng ủy xã Tân Hiệp": the level word after the committee takes over.
      placeLeft = phraseAt(words, i + 1, LEVELS) ? 0 : MAX_PLACE_WORDS;
      capNext = inHead = false;
      continue;
    }
    if (level) {
      const phrase = words.slice(i, i + level).map(lower);
      out.push(...(out.length === 0 ? [capitalise(phrase[0]!), ...phrase.slice(1)] : phrase));
      i += level - 1;
      placeLeft = MAX_PLACE_WORDS;
      capNext = inHead = false;
      continue;
    }
    const w = lower(word);
    const bare = key(word);
    if (placeLeft > 0 && !STOP.has(bare) && bare !== '') {
      out.push(capitalise(w));
      placeLeft = /[,;:()]$/u.test(word) ? 0 : placeLeft - 1;
      continue;
    }
    placeLeft = 0;
    if (head) {
      const phrase = words.slice(i, i + head).map(lower);
      out.push(...(out.length === 0 || capNext ? [capitalise(phrase[0]!), ...phrase.slice(1)] : phrase));
      i += head - 1;
      capNext = inHead = true;
      continue;
    }
    out.push(out.length === 0 || capNext ? capitalise(w) : w);
    capNext = inHead && (bare === 'và' || /^[-–]$/u.test(word) || /[,–-]$/u.test(word));
  }
  return FIXED.reduce((s, [re, to]) => s.replace(re, to), normaliseUy(out.join(' ')));
}

/** An upper-case subject in sentence case; place names and abbreviations keep their capitals. */
export const sentenceCase = (text: string): string => recaseName(text, { heads: false });

// Titles whose second word is itself capitalised (Phụ lục II: "Chánh Văn phòng").
const TITLE_FIXED: readonly [RegExp, string][] = [[/^chánh văn phòng/iu, 'Chánh Văn phòng']];

/** A signature title in sentence case: "PHÓ CHỦ TỊCH" → "Phó Chủ tịch", "CHÁNH VĂN PHÒNG" → "Chánh Văn phòng". */
export function recaseTitle(text: string): string {
  let rest = lower(text.trim().replace(/\s+/gu, ' '));
  let prefix = '';
  // "Phó" is a rank: the title it qualifies keeps its own capital (Phó Chủ tịch, Phó Giám đốc).
  if (/^phó\s/u.test(rest)) {
    prefix = 'Phó ';
    rest = rest.slice(4);
  }
  for (const [re, to] of TITLE_FIXED) if (re.test(rest)) return prefix + rest.replace(re, to);
  return prefix + recaseName(rest, { heads: false }).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}
