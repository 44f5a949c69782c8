/**
 * Campaigns the text names, by their name as launched ("Ngày thứ 7 vì nông thôn mới"). Only an exact
 * mention counts (tone marks, case and the abbreviation NTM aside): a campaign with a similar name is
 * a different campaign, and the publisher adds it by hand.
 */
import { foldVietnamese } from '../text/fold.ts';

export interface NamedCampaign {
  id: string;
  name: string;
}

const comparable = (s: string): string =>
  foldVietnamese(s)
    .replace(/\bntm\b/gu, 'nong thon moi')
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();

/** Ids of the campaigns whose name occurs in `text`, in the order of `campaigns`. */
export function campaignsMentioned(text: string, campaigns: readonly NamedCampaign[]): string[] {
  const haystack = ` ${comparable(text)} `;
  return campaigns.filter((c) => haystack.includes(` ${comparable(c.name)} `)).map((c) => c.id);
}
