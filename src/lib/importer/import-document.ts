/**
 * Composes the readers into an entry: front matter in the order of the schema, the body as Markdown,
 * a report of what was found (field: value) and a warning for each field that was missing or guessed.
 * Pure: the caller passes the units and campaigns to match against and the day that counts as today.
 */
import { im } from '../../i18n/importer.ts';
import type { PartialDate } from '../dates/partial-date.ts';
import { partialDateEnd } from '../dates/partial-date.ts';
import { numberSearchKeys } from '../docnum/parse.ts';
import { DOCUMENT_TYPES } from '../docnum/types.ts';
import { slugForDirective } from '../directives/slug.ts';
import { slugForNews } from '../news/slug.ts';
import { bodyToMarkdown } from './body.ts';
import { campaignsMentioned, type NamedCampaign } from './campaigns.ts';
import { citedDocuments, type CitedDocument } from './cites.ts';
import { findDateLine } from './date-line.ts';
import { readDistribution } from './distribution.ts';
import { readHeader } from './header.ts';
import { inferIssuer } from './infer-issuer.ts';
import { signingPrefix } from './landmarks.ts';
import { isBlank, isUpperLine, plain, toLines } from './lines.ts';
import { localityOf, placeNames, type NamedUnit } from './localities.ts';
import { readNews } from './news.ts';
import { findNumber } from './number.ts';
import { readRecipients } from './recipients.ts';
import { readSigner } from './signer.ts';
import { readTypeSubject } from './type-subject.ts';

export interface ImportOptions {
  /** The file's name, used in every message. */
  file: string;
  /** Units to find the issuer's locality in (data/units); none means `localities` stays empty. */
  units?: readonly NamedUnit[];
  /** Campaigns whose names the text may mention (content/campaigns). */
  campaigns?: readonly NamedCampaign[];
  /** Today (YYYY-MM-DD), for undated documents' units. */
  today: string;
  sourceName?: string;
  sourceUrl?: string;
  /** A document invented for the demo (văn bản minh họa): marked so every page shows a notice. */
  illustrative?: boolean;
}

/** One line of the report: a field and what was found, with a note when it needs one. */
export interface Finding {
  field: string;
  value: string;
}

export interface Imported {
  kind: 'directive' | 'news';
  slug: string;
  /** Front matter, keys in output order. */
  data: Record<string, unknown>;
  body: string;
  found: Finding[];
  warnings: string[];
}

const withNote = (value: string, note: string | null | undefined): string => (note ? `${value} (${note})` : value);

/** The note for a partial date: what the original left blank. */
function dateNote(d: PartialDate): string | null {
  if (d.precision === 'month') return im.noteBlankDay;
  if (d.precision === 'year') return im.noteBlankDayMonth;
  if (d.precision === 'none') return im.noteUndated;
  return null;
}

/** A provisional summary from the subject: "V/v đẩy mạnh …" → "Đẩy mạnh …". */
const summaryFromSubject = (subject: string): string =>
  subject.replace(/^(?:v\/v|về việc)\s*/iu, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase());

const citeText = (c: CitedDocument): string => withNote(c.number, [c.date, c.issuer].filter(Boolean).join(', '));

// A person's name alone on a line, the last line of a signature block.
const NAME = /^(?:\p{Lu}\p{Ll}*)(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;

/** Where the signature starts when there is no "Nơi nhận:": the first prefix line, or the upper-case lines above a final name. */
function signatureStart(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i++) if (signingPrefix(lines[i]!)) return i;
  let i = lines.length - 1;
  while (i >= from && isBlank(lines[i])) i--;
  if (i < from || !NAME.test(plain(lines[i]!))) return lines.length;
  let start = i;
  for (let k = i - 1; k >= from; k--) {
    if (isBlank(lines[k])) continue;
    if (!isUpperLine(lines[k]!)) break;
    start = k;
  }
  return start === i ? lines.length : start;
}

/** Reads a directive (văn bản chỉ đạo) from copied text. */
export function importDirective(text: string, options: ImportOptions): Imported {
  const { file } = options;
  const lines = toLines(text);
  const warnings: string[] = [];
  const found: Finding[] = [];

  const header = readHeader(lines);
  const number = findNumber(lines);
  const dateLine = findDateLine(lines, number?.rest ? [number.rest] : []);
  const ts = readTypeSubject(lines, number?.parsed ?? null);
  const rec = readRecipients(lines);
  const dist = readDistribution(lines);

  const headerUsed = [...header.used, ...(number ? [number.line] : []), ...(dateLine?.used ?? []), ...ts.used, ...rec.used];
  const bodyStart = headerUsed.length > 0 ? Math.max(...headerUsed) + 1 : 0;
  const sigStart = signatureStart(lines, bodyStart);
  const bodyEnd = Math.min(dist.start >= bodyStart ? dist.start : lines.length, sigStart);
  const candidates = [
    ...Array.from({ length: Math.max(0, (dist.start >= 0 ? dist.start : lines.length) - bodyEnd) }, (_, k) => bodyEnd + k),
    ...dist.others,
  ];
  const signer = readSigner(lines, candidates);
  const used = new Set(headerUsed);
  const bodyLines = lines.slice(bodyStart, bodyEnd).filter((_, k) => !used.has(bodyStart + k));
  const bodyText = bodyLines.join('\n');

  // Number.
  const raw = number?.raw ?? '';
  if (!number) warnings.push(im.notFound(file, 'number'));
  else if (number.parsed.family === 'unknown' && !number.parts) warnings.push(im.unreadNumber(file, raw));
  if (number) {
    const note = number.correction
      ? im.noteStruck(number.correction.original, number.correction.corrected)
      : number.parsed.serial === null && number.parsed.family !== 'unknown'
        ? im.noteBlankSerial
        : null;
    found.push({ field: 'number', value: withNote(raw, note) });
  }

  // Type.
  if (ts.type) {
    const source = ts.typeSource === 'title' ? im.noteFromTitle : ts.typeSource === 'number' ? im.noteFromNumber : im.noteFromSubject;
    found.push({ field: 'type', value: withNote(`${ts.type} — ${DOCUMENT_TYPES[ts.type].name}`, source) });
    if (ts.conflict) warnings.push(im.typeConflict(file, DOCUMENT_TYPES[ts.type].name, DOCUMENT_TYPES[ts.conflict].name));
  } else warnings.push(im.notFound(file, 'type'));

  // Issuer: the header, else a guess from the number, the place and the text.
  let issuer = header.issuer;
  if (issuer) found.push({ field: 'issuer', value: withNote(issuer, header.placeAdded ? im.notePlaceAdded : null) });
  else {
    const guess = inferIssuer({
      bodyCode: number?.parsed.bodyCode ?? null,
      place: dateLine?.place ?? null,
      text: [bodyText, ...dist.distribution].join('\n'),
    });
    if (guess) {
      issuer = guess.issuer;
      found.push({ field: 'issuer', value: withNote(issuer, im.noteInferred) });
      warnings.push(im.inferredIssuer(file, guess.issuer, guess.basis));
    } else warnings.push(im.notFound(file, 'issuer'));
  }
  if (header.issuerParent) found.push({ field: 'issuer_parent', value: header.issuerParent });

  // Place and date.
  const date = dateLine?.date ?? null;
  if (dateLine?.place) found.push({ field: 'place', value: dateLine.place });
  else warnings.push(im.notFound(file, 'place'));
  if (date) found.push({ field: 'date', value: withNote(date.iso || '""', dateNote(date)) });
  else warnings.push(im.notFound(file, 'date'));

  // Subject.
  if (ts.subject) {
    found.push({ field: 'subject', value: ts.subject });
    if (ts.recased) warnings.push(im.recasedSubject(file));
  } else warnings.push(im.notFound(file, 'subject'));

  // Recipients (a công văn is addressed; most other types are not) and distribution.
  if (rec.recipients.length > 0) found.push({ field: 'recipients', value: rec.recipients.join(' | ') });
  else if (ts.type === 'cong-van') warnings.push(im.notFound(file, 'recipients'));
  if (dist.distribution.length > 0) found.push({ field: 'distribution', value: dist.distribution.join(' | ') });
  else warnings.push(im.notFound(file, 'distribution'));

  // Signer.
  if (signer.name) {
    found.push({ field: 'signer', value: `${signer.name} — ${[signer.authority, signer.title].filter(Boolean).join(' ')} — [${signer.block.join(' / ')}]` });
    if (!signer.title) warnings.push(im.noSignerTitle(file));
  } else warnings.push(im.notFound(file, 'signer'));

  // Locality of the issuer, and the places a bare "UBND tỉnh" in a citation refers to.
  const localities: string[] = [];
  let places = new Map<string, string>();
  if (issuer && date && options.units) {
    const code = localityOf(issuer, header.issuerParent, date, options.units, options.today);
    if (code) {
      localities.push(code);
      found.push({ field: 'localities', value: withNote(code, im.noteFromUnits) });
      places = placeNames(code, partialDateEnd(date) ?? options.today, options.units);
    } else warnings.push(im.noLocality(file, issuer));
  }

  const campaigns = campaignsMentioned([ts.subject ?? '', bodyText].join('\n'), options.campaigns ?? []);
  if (campaigns.length > 0) found.push({ field: 'campaigns', value: campaigns.join(', ') });

  const ownKeys = number ? numberSearchKeys(number.parsed) : [];
  const cites = citedDocuments([ts.subject ?? '', bodyText], ownKeys, places);
  found.push({ field: 'cites', value: cites.length > 0 ? cites.map(citeText).join(' | ') : im.noneFound });

  const summary = ts.subject ? summaryFromSubject(ts.subject) : '';
  if (summary) warnings.push(im.provisionalSummary(file));
  else warnings.push(im.notFound(file, 'summary'));

  const data: Record<string, unknown> = {
    ...(options.illustrative ? { illustrative: 1 } : {}),
    number: raw,
    ...(number?.parts ? { number_parts: number.parts } : {}),
    type: ts.type ?? '',
    issuer: issuer ?? '',
    ...(header.issuerParent ? { issuer_parent: header.issuerParent } : {}),
    place: dateLine?.place ?? '',
    date: date?.iso ?? '',
    subject: ts.subject ?? '',
    recipients: rec.recipients,
    distribution: dist.distribution,
    ...(signer.name
      ? {
          signer: {
            name: signer.name,
            ...(signer.title ? { title: signer.title } : {}),
            ...(signer.authority ? { authority: signer.authority } : {}),
            block: signer.block,
          },
        }
      : {}),
    programmes: [],
    campaigns,
    localities,
    ...(number?.correction
      ? {
          corrections: [
            {
              field: 'number',
              original: number.correction.original,
              corrected: number.correction.corrected,
              note: `Trên bản gốc, số ${number.correction.original} bị gạch bỏ và thay bằng số ${number.correction.corrected}.`,
            },
          ],
        }
      : {}),
    source_url: options.sourceUrl ?? '',
    source_name: options.sourceName ?? '',
    attachments: [],
    summary,
    cites,
  };
  const slug = slugForDirective({ issuer: issuer ?? '', number: raw, ...(number?.parts ? { number_parts: number.parts } : {}), date: date?.iso ?? '' });
  return { kind: 'directive', slug, data, body: bodyToMarkdown(bodyLines), found, warnings };
}

// The sentence of the lead that reports a document: "Ngày <date>, <body> ban hành <type> số <number> …".
const LEAD_DATE = /^ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})\s*,/iu;

/** Source named when the page footer does not name the site. */
export const UNNAMED_SOURCE = 'Bản sao do đơn vị tự nhập; chưa ghi trang nguồn';

/** Reads a news article from a copied web page. */
export function importNews(text: string, options: ImportOptions): Imported {
  const { file } = options;
  const n = readNews(toLines(text));
  const warnings: string[] = [];
  const found: Finding[] = [];
  const title = n.title ?? '';
  if (title) found.push({ field: 'title', value: title });
  else warnings.push(im.notFound(file, 'title'));
  if (n.date) {
    found.push({ field: 'date', value: withNote(n.date.iso, n.dateSource === 'lead' ? im.noteLeadYear : null) });
    if (n.dateSource === 'lead' && n.date.year) warnings.push(im.leadYear(file, n.date.year));
  } else warnings.push(im.notFound(file, 'date'));
  if (n.author) found.push({ field: 'author', value: n.author });
  else warnings.push(im.notFound(file, 'author'));
  const sourceName = options.sourceName ?? n.sourceName;
  if (sourceName) found.push({ field: 'source_name', value: sourceName });
  else warnings.push(im.noSource(file));
  if (n.retrieved) found.push({ field: 'retrieved', value: withNote(n.retrieved, im.notePageDate) });

  const paragraphs = n.body.filter((l) => !isBlank(l));
  const lead = paragraphs[0] ?? '';
  const bodyText = paragraphs.join('\n');
  // Documents named in the headline or the lead are what the article reports; the rest it cites.
  const reported = citedDocuments([title, lead], []);
  const leadDate = LEAD_DATE.exec(lead);
  const leadIso = leadDate ? `${leadDate[3]}-${leadDate[2]!.padStart(2, '0')}-${leadDate[1]!.padStart(2, '0')}` : null;
  const reports = reported.map((c, k) => (k === 0 && !c.date && leadIso ? { ...c, date: leadIso } : c));
  const reportedNumbers = new Set(reports.map((r) => r.number));
  const cites = citedDocuments([bodyText], []).filter((c) => !reportedNumbers.has(c.number));
  found.push({ field: 'reports', value: reports.length > 0 ? reports.map(citeText).join(' | ') : im.noneFound });
  found.push({ field: 'cites', value: cites.length > 0 ? cites.map(citeText).join(' | ') : im.noneFound });
  const campaigns = campaignsMentioned([title, bodyText].join('\n'), options.campaigns ?? []);
  if (campaigns.length > 0) found.push({ field: 'campaigns', value: campaigns.join(', ') });
  if (title) warnings.push(im.provisionalNewsSummary(file));

  const date = n.date?.iso ?? '';
  const data: Record<string, unknown> = {
    title,
    date,
    author: n.author ?? '',
    source_name: sourceName ?? UNNAMED_SOURCE,
    source_url: options.sourceUrl ?? '',
    ...(n.retrieved ? { retrieved: n.retrieved } : {}),
    campaigns,
    localities: [],
    reports,
    cites,
    summary: title,
  };
  return { kind: 'news', slug: slugForNews(title, date), data, body: bodyToMarkdown(n.body), found, warnings };
}
