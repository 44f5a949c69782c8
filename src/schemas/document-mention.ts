/** A document cited by a directive, reported by an article, or launching a campaign. */
import { optional, optionalText, partialDate, slug, text } from './fields.ts';
import { field, group } from './frontmatter.ts';

/** Linked to the held document when the number and the date or body agree, or when `directive` names it. */
export const documentMention = group({
    /** Số, ký hiệu as written in the citing text (kept even when irregular, e.g. 81/ND-HĐND). */
    number: field(text()),
    issuer: field(optionalText()),
    date: field(partialDate()),
    /** Id of the directive in content/directives/, to link to it whatever the number says. */
    directive: field(optional(slug())),
  });

