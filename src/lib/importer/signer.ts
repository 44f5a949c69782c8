/**
 * The signature block (ô 7a–7c): the authority lines in capitals, stacked ("TM. ỦY BAN NHÂN DÂN /
 * KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG"), marks such as "(Đã ký)", then the
 * signer's name. The prefix that applies to the signer is the innermost one (KT. in the first example):
 * the outer TM. says on whose behalf the chairman would sign.
 */
import { isBlank, isUpperLine, plain } from './lines.ts';
import { signingPrefix, SIGNED_MARK } from './landmarks.ts';
import { recaseTitle } from './recase.ts';

export interface Signer {
  /** The block's lines as printed (emphasis, marks and spacing after the prefix tidied). */
  block: string[];
  authority: 'TM.' | 'KT.' | 'TL.' | 'TUQ.' | 'Q.' | null;
  /** Title of the person, sentence case ("Phó Chủ tịch"); null when the block has only a prefix line. */
  title: string | null;
  name: string | null;
  used: number[];
}

/** A line without emphasis and signature marks: "PHÓ CHỦ TỊCH *tc*" → "PHÓ CHỦ TỊCH". */
const clean = (line: string): string => plain(plain(line).replace(SIGNED_MARK, '')).replace(/\s+/gu, ' ').trim();

/** The block line as the portal stores it: "KT.CHỦ TỊCH" → "KT. CHỦ TỊCH". */
function tidy(line: string): string {
  const p = signingPrefix(line);
  return p ? `${p.printed} ${p.rest}` : line;
}

// A person's name: two to six words, each starting with a capital, letters only.
const NAME = /^(?:\p{Lu}[\p{Ll}]*)(?:\s+\p{Lu}[\p{Ll}]*){1,5}$/u;

/** Reads the signature block from the candidate lines (in document order). */
export function readSigner(lines: readonly string[], candidates: readonly number[]): Signer {
  const block: string[] = [];
  const used: number[] = [];
  let name: string | null = null;
  for (const i of candidates) {
    const raw = lines[i];
    if (raw === undefined || isBlank(raw)) continue;
    const line = clean(raw);
    if (line === '') {
      used.push(i); // a mark alone: "(Đã ký)"
      continue;
    }
    if (name === null && isUpperLine(line) && (block.length > 0 || signingPrefix(line) || line.length <= 60)) {
      block.push(tidy(line));
      used.push(i);
      continue;
    }
    if (block.length > 0 && name === null && NAME.test(line)) {
      name = line;
      used.push(i);
      break;
    }
  }
  let authority: Signer['authority'] = null;
  for (const b of block) authority = signingPrefix(b)?.prefix ?? authority;
  const last = block.at(-1);
  const lastPrefix = last ? signingPrefix(last) : null;
  // A prefix line names whom the signer acts for ("KT. CHỦ TỊCH"), not the signer's own title.
  const title = last === undefined || lastPrefix ? null : recaseTitle(last);
  return { block, authority, title, name, used };
}
