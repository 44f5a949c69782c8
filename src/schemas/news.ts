/** News articles (content/news/*.md) and campaigns (content/campaigns/*.md). */
import { z } from 'astro/zod';
import { isoDate, optional, optionalText, partialDate, slug, text, url } from './fields.ts';
import { field, group, list, objects } from './frontmatter.ts';
import { sourceRef, unitRef } from './refs.ts';
import { documentMention } from './document-mention.ts';

/** A lead image with its alternative text. */
export const image = group({ src: field(text()), alt: field(text()) });

/** Front matter of content/news/*.md. */
export const newsSchema = z
  .object({
    title: field(text()),
    /** Publication date; month or year only when the source does not show the day. */
    date: field(partialDate()),
    author: field(optionalText()),
    /** Name of the publishing site or paper. */
    source_name: field(text()),
    source_url: field(optional(url())),
    retrieved: field(optional(isoDate())),
    campaigns: list(slug()),
    localities: list(unitRef()),
    /** Directives the article reports on. */
    reports: objects(documentMention),
    /** Other documents it cites. */
    cites: objects(documentMention),
    image: image.optional(),
    /** Short summary in our own words. */
    summary: field(text()),
  })
  .strict();
export type News = z.output<typeof newsSchema>;

/** Front matter of content/campaigns/*.md. */
export const campaignSchema = z
  .object({
    /** Name as launched, e.g. "Ngày thứ 7 vì nông thôn mới". */
    name: field(text()),
    /** Who launched it. */
    launched_by: field(optionalText()),
    /** The launching document, when known. */
    launch_document: documentMention.optional(),
    /** First and last year, blank when open-ended or unknown. */
    from: field(partialDate()),
    to: field(partialDate()),
    /** National campaign, or the units where it runs. */
    localities: list(unitRef()),
    summary: field(text()),
    /** Where the facts come from: van-ban/<id>, tin-tuc/<id> or a URL. */
    sources: list(sourceRef()),
  })
  .strict();
export type Campaign = z.output<typeof campaignSchema>;
