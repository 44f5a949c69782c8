/**
 * A news article copied from a web page (`--as news`): the headline, the publication date, the byline,
 * the site's name, and the article text without what the page put around it: the date the page
 * was viewed, view counters ("Lượt xem: 543"), font-size and share buttons, "related news" blocks,
 * visitor statistics and the site footer (address, telephone, copyright).
 */
import { parseVietnameseDateLine, type PartialDate, parsePartialDate } from '../dates/partial-date.ts';
import { foldVietnamese } from '../text/fold.ts';
import { isBlank, isUpperLine, plain } from './lines.ts';
import { recaseName } from './recase.ts';

export interface NewsFound {
  title: string | null;
  date: PartialDate | null;
  /** "published" from the page's own date line; "lead" when only the year of the first event was usable. */
  dateSource: 'published' | 'lead' | null;
  /** Day shown at the top of the page, the day it was viewed (ISO), if any. */
  retrieved: string | null;
  author: string | null;
  sourceName: string | null;
  /** The article's text lines, page furniture removed. */
  body: string[];
  /** How many lines of page furniture were dropped. */
  dropped: number;
}

const f = (line: string): string => foldVietnamese(plain(line)).replace(/\s+/gu, ' ').trim();
const DMY = /(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/u;

const iso = (m: RegExpExecArray): string | null =>
  parsePartialDate(`${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`)?.iso ?? null;

// The page header's current date: "Chủ nhật, Ngày 25/02/2024 -", "Thứ hai, 26/02/2024".
const WEEKDAY = /^(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)\b/u;
// The article's own date: "Ngày đăng: 02/02/2023 23:35", "Cập nhật: …", "Đăng ngày …".
const PUBLISHED = /(?:ngay dang|ngay cap nhat|cap nhat luc|cap nhat|dang ngay|ngay xuat ban|thoi gian dang|ngay dang tai)\s*:?\s*/u;

// Page furniture anywhere on the page (folded, so tone marks do not matter).
const FURNITURE: readonly RegExp[] = [
  /luot (?:xem|doc|truy cap)/u,
  /thong ke truy cap/u,
  /dang (?:online|truy cap)/u,
  /^(?:hom nay|hom qua|trong tuan|trong thang|tat ca|tong so|tong cong)\s*:/u,
  /^tong [\d.,\s]+luot/u,
  /^(?:mac dinh )?co chu\b.{0,20}$/u,
  /^(?:in bai|in trang|ban in|gui email|gui bai|chia se|share|tweet|facebook|zalo|binh luan|quay lai|ve dau trang|dau trang|trang chu|lien he|top)\b.{0,20}$/u,
  /^(?:tin video|tin anh|tin lien quan|tin khac|cac tin khac|tin moi|tin moi nhat|tin cung chuyen muc|bai viet lien quan|xem them)\b.{0,20}$/u,
  /^(?:dang nhap|dang ky|ban do hanh chinh|lien ket website|so do (?:site|trang)|tim kiem)\b.{0,20}$/u,
  /designed by|tin nhiem mang|ban quyen|copyright|©/u,
  /ghi ro nguon/u,
  /^(?:dien thoai|dt|fax|email|e-mail|dia chi|don vi quan ly|co quan chu quan|chiu trach nhiem|giay phep|truong ban bien tap)\b/u,
  /(?:dien thoai|fax|email)\s*:/u,
];

// A block that ends the article: after it comes only the rest of the page.
const PAGE_END: readonly RegExp[] = [
  /^(?:tin video|tin anh|tin lien quan|tin khac|cac tin khac|tin cung chuyen muc|bai viet lien quan|thong ke truy cap|ban do hanh chinh|dang nhap|lien ket website)\b/u,
  /^(?:trang thong tin dien tu|cong thong tin dien tu)\b/u,
];

// The site's name, as its footer prints it.
const SITE_NAME = /^(?:trang thong tin dien tu|cong thong tin dien tu|bao dien tu)\b/u;

// Furniture is short; a paragraph of the article that mentions a telephone number is not furniture.
const FURNITURE_MAX = 160;

const isFurniture = (line: string): boolean => {
  const t = f(line);
  if (t === '' || t.length > FURNITURE_MAX) return false;
  return FURNITURE.some((re) => re.test(t)) || /^[•·|\-\s]*$/u.test(plain(line));
};

// A byline: a name of two to five capitalised words, possibly followed by a note in brackets or after a dash.
const BYLINE = /^(?:(?:tác giả|bài và ảnh|bài, ảnh|tin, ảnh|tin và ảnh|bài)\s*:\s*)?((?:\p{Lu}\p{Ll}*)(?:\s+\p{Lu}\p{Ll}*){1,4})\s*(?:\(.*\)|[-–,].*)?$/u;

const publishedDate = (line: string): PartialDate | null => {
  const t = f(line);
  const pub = PUBLISHED.exec(t);
  const m = pub ? DMY.exec(t.slice(pub.index)) : null;
  return m ? parsePartialDate(iso(m) ?? '') : null;
};

/** The headline: the line right above the article's date line, or the first line that is not page furniture. */
function titleIndex(lines: readonly string[]): number {
  const candidate = (i: number) => !isBlank(lines[i]) && !isFurniture(lines[i]!) && !(WEEKDAY.test(f(lines[i]!)) && DMY.test(lines[i]!));
  const dated = lines.findIndex((l) => publishedDate(l) !== null);
  if (dated > 0) {
    // Breadcrumbs ("Tin tức - Sự kiện") sit above the headline; the headline is nearest the date.
    for (let i = dated - 1; i >= 0; i--) if (candidate(i)) return i;
  }
  return lines.findIndex((_, i) => candidate(i));
}

/** Reads a copied web page as a news article. */
export function readNews(lines: readonly string[]): NewsFound {
  let retrieved: string | null = null;
  let date: PartialDate | null = null;
  let sourceName: string | null = null;
  let dropped = 0;
  const body: string[] = [];
  let ended = false;
  const at = titleIndex(lines);
  const title = at >= 0 ? plain(lines[at]!).replace(/\s+/gu, ' ') : null;
  lines.forEach((line, i) => {
    if (isBlank(line)) {
      if (!ended && body.length > 0) body.push('');
      return;
    }
    const t = f(line);
    if (i === at) return;
    if (WEEKDAY.test(t) && DMY.test(t)) {
      const m = DMY.exec(t)!;
      // Before the headline it is the page's own clock; after it, the article's date.
      if (i < at) retrieved = iso(m);
      else date ??= parsePartialDate(iso(m) ?? '');
      dropped++;
      return;
    }
    const published = publishedDate(line);
    if (published) {
      date ??= published;
      dropped++;
      return;
    }
    if (ended) {
      dropped++;
      if (!sourceName && SITE_NAME.test(t) && isUpperLine(line)) sourceName = recaseName(plain(line));
      return;
    }
    if (body.length > 0 && PAGE_END.some((re) => re.test(t))) {
      ended = true;
      dropped++;
      if (SITE_NAME.test(t) && isUpperLine(line)) sourceName = recaseName(plain(line));
      return;
    }
    // Breadcrumbs and menus above the headline, and page furniture anywhere.
    if (i < at || isFurniture(line)) {
      dropped++;
      return;
    }
    body.push(line.trim());
  });
  while (body.length > 0 && isBlank(body.at(-1))) body.pop();

  // The byline is the last line of the article.
  let author: string | null = null;
  const last = body.at(-1);
  const byline = last !== undefined ? BYLINE.exec(plain(last).replace(/\s+/gu, ' ')) : null;
  if (byline) {
    author = byline[1]!;
    body.pop();
    while (body.length > 0 && isBlank(body.at(-1))) body.pop();
  }

  let dateSource: NewsFound['dateSource'] = date ? 'published' : null;
  if (!date) {
    // Without a date line, the article is at least as late as the first event it reports: keep only that year.
    const lead = body.find((l) => !isBlank(l)) ?? '';
    const event = /ngày\s+(\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/iu.exec(lead);
    const year = event ? parseVietnameseDateLine(`ngày ${event[1]}`)?.date.year : null;
    if (year) {
      date = parsePartialDate(String(year));
      dateSource = 'lead';
    }
  }
  return { title, date, dateSource, retrieved, author, sourceName, body, dropped };
}
