/**
 * A directive (văn bản chỉ đạo): one Markdown file in content/directives/, metadata in front matter,
 * full text (or, for the seed documents, a summary in our own words) as the body.
 */
import { z } from 'astro/zod';
import { count, isoDate, oneOf, optional, optionalFlag, optionalText, partialDate, slug, text, url, year } from './fields.ts';
import { field, group, list, objects } from './frontmatter.ts';
import { unitRef } from './refs.ts';
import { documentMention } from './document-mention.ts';

/** Signing-authority prefixes of Nghị định 30/2020/NĐ-CP (Phụ lục I §II.7.b). */
export const AUTHORITY_PREFIXES = ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.'] as const;

/** Number families: administrative (NĐ 30), legal normative (with year), Party (with a dash). */
export const NUMBER_FAMILIES = ['administrative', 'legal', 'party', 'unknown'] as const;

/** Parsed parts of a number; given only where the parser would get them wrong. */
export const numberParts = group({
    serial: field(optional(count())),
    year: field(optional(year())),
    type_code: field(optionalText()),
    body_code: field(optionalText()),
    unit_code: field(optionalText()),
    family: field(optional(oneOf(NUMBER_FAMILIES))),
  });

/** A correction visible on the original, e.g. a struck number replaced by hand. */
export const correction = group({
    /** Which field was corrected: number, date, subject… */
    field: field(text()),
    /** What was struck or wrong, as printed. */
    original: field(text()),
    /** What is in force. */
    corrected: field(text()),
    note: field(optionalText()),
  });

/** The signature block. */
export const signer = group({
    name: field(text()),
    /** Title of the person who signed, e.g. "Phó Chủ tịch". */
    title: field(optionalText()),
    /** Authority prefix on the signing line, blank when the head signs in their own name. */
    authority: field(optional(oneOf(AUTHORITY_PREFIXES))),
    /** The block's lines as printed, e.g. ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]. */
    block: list(text()),
  });

/** An attached file or linked annex. */
export const attachment = group({ title: field(text()), url: field(url()) });

/** Front matter of content/directives/*.md. */
export const directiveSchema = z
  .object({
    /** Số, ký hiệu exactly as printed (may have a blank serial: "/UBND-KT", or a strike: "~~26~~20/UBND-NN"). */
    number: field(text()),
    number_parts: numberParts.optional(),
    /** Document type key (thong-bao, cong-van, chi-thi, …; see src/lib/docnum/types.ts). */
    type: field(slug()),
    /** Issuing body as printed in the header, e.g. "UBND tỉnh Quảng Trị". */
    issuer: field(text()),
    /** Governing body printed above the issuer, if any. */
    issuer_parent: field(optionalText()),
    /** Place name of the date line (địa danh). */
    place: field(optionalText()),
    /** Date of issue: full, month only, year only, or blank when the original leaves it blank. */
    date: field(partialDate()),
    /** Trích yếu. */
    subject: field(text()),
    /** Kính gửi. */
    recipients: list(text()),
    /** Nơi nhận. */
    distribution: list(text()),
    signer: signer.optional(),
    /** Programme keys (data/programmes.csv). */
    programmes: list(slug()),
    /** Campaign keys (content/campaigns/). */
    campaigns: list(slug()),
    /** Units named by the document, resolved at its date (or pinned: 29489@2024-12-31). */
    localities: list(unitRef()),
    corrections: objects(correction),
    /** Where the text was published. */
    source_url: field(optional(url())),
    /** The publisher of the source, e.g. the portal's name. */
    source_name: field(optionalText()),
    /** Day the source was read. */
    retrieved: field(optional(isoDate())),
    attachments: objects(attachment),
    /** Short summary in our own words. */
    summary: field(text()),
    /** Documents cited: number as written, with the date and body where the text gives them. */
    cites: objects(documentMention),
    /** 1 for a document invented for the demo (văn bản minh họa); shown with a notice everywhere. */
    illustrative: field(optionalFlag()),
    /** A slug the document was published under before, so old links keep working. */
    former_slugs: list(slug()),
  })
  .strict();
export type Directive = z.output<typeof directiveSchema>;
