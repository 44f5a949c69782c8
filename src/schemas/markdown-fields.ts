/**
 * Documentation of the front-matter fields of the Markdown collections, for README and /du-lieu/.
 * The schemas themselves are in directive.ts and news.ts; a unit test checks both list the same keys.
 */

/** One documented field. */
export interface FieldDoc {
  required: boolean;
  en: string;
}

const f = (required: boolean, en: string): FieldDoc => ({ required, en });

/** Fields by content folder. */
export const MARKDOWN_FIELDS: Record<string, Record<string, FieldDoc>> = {
  'content/directives': {
    number: f(true, 'Số, ký hiệu exactly as printed: `43/TB-UBND`, `51/2025/QĐ-TTg`, `815-CV/HU`; a blank serial as `/UBND-KT`; a struck number as `~~26~~20/UBND-NN`'),
    number_parts: f(false, 'Parsed parts (`serial`, `year`, `type_code`, `body_code`, `unit_code`, `family`) only where the parser would get them wrong'),
    type: f(true, 'Document type key: `cong-van`, `thong-bao`, `chi-thi`, `ke-hoach`, `quyet-dinh`, `nghi-quyet`, … (src/lib/docnum/types.ts)'),
    issuer: f(true, 'Issuing body as printed in the header, e.g. `UBND tỉnh Quảng Trị`'),
    issuer_parent: f(false, 'Governing body printed above the issuer'),
    place: f(false, 'Place name of the date line (địa danh)'),
    date: f(true, 'Date of issue: `2020-06-15`, `2024-01` (month only), `2024` (year only) or `""` when blank on the original'),
    subject: f(true, 'Trích yếu (for a công văn, the “V/v …” line)'),
    recipients: f(false, 'Kính gửi: list, one recipient per item'),
    distribution: f(false, 'Nơi nhận: list, one line per item'),
    signer: f(false, '`name`, `title`, `authority` (TM./KT./TL./TUQ./Q.) and `block` (the signature lines as printed)'),
    programmes: f(false, 'Programme keys from data/programmes.csv'),
    campaigns: f(false, 'Campaign ids (file names in content/campaigns/)'),
    localities: f(false, 'Unit codes named by the document, resolved at its date; pin a date with `29489@2024-12-31`'),
    corrections: f(false, 'Corrections visible on the original: `field`, `original`, `corrected`, `note`'),
    source_url: f(false, 'Where the text was published'),
    source_name: f(false, 'Name of the publishing site, or how the copy was obtained'),
    retrieved: f(false, 'Day the source was read (YYYY-MM-DD)'),
    attachments: f(false, 'List of `title` + `url`'),
    summary: f(true, 'One or two sentences in our own words'),
    cites: f(false, 'Documents cited: `number` as written, `date` and `issuer` where the text gives them, `directive` (id) to force the link'),
    illustrative: f(false, '`1` for a document invented for the demo (văn bản minh họa)'),
    former_slugs: f(false, 'Earlier ids of this document, so old links keep working'),
  },
  'content/news': {
    title: f(true, 'Title'),
    date: f(true, 'Publication date (YYYY-MM-DD, or YYYY-MM / YYYY when the source does not show the day)'),
    author: f(false, 'Author'),
    source_name: f(true, 'Publishing site or paper'),
    source_url: f(false, 'Address of the article'),
    retrieved: f(false, 'Day the source was read'),
    campaigns: f(false, 'Campaign ids'),
    localities: f(false, 'Unit codes, resolved at the article date'),
    reports: f(false, 'Documents the article reports: `number`, `issuer`, `date`, and `directive` (id) to force the link (otherwise linked when number and date or body agree)'),
    cites: f(false, 'Other documents mentioned, same fields as `reports`'),
    image: f(false, 'Lead image: `src` and `alt`'),
    summary: f(true, 'Summary in our own words'),
  },
  'content/campaigns': {
    name: f(true, 'Name as launched'),
    launched_by: f(false, 'Who launched it'),
    launch_document: f(false, 'The launching document: `number`, `issuer`, `date`, `directive`'),
    from: f(false, 'Start (YYYY, YYYY-MM or YYYY-MM-DD), blank when unknown'),
    to: f(false, 'End, blank when open-ended or unknown'),
    localities: f(false, 'Units where it runs (blank = nationwide)'),
    summary: f(true, 'Summary in our own words'),
    sources: f(false, 'Where the facts come from: `van-ban/<id>`, `tin-tuc/<id>` or a URL'),
  },
};
