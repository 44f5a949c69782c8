/**
 * What the preview image of a unit page says, as plain text: the unit's name and province, its level,
 * the latest criteria score ("14/19 tiêu chí", the total from the data), the year and criteria set,
 * and the "Dữ liệu minh họa" mark. Every figure is formatted here, once, so the image, its alt text and
 * its cache key all come from the same values. Pure: the caller looks the data up.
 */
import { t } from '../../i18n/vi.ts';
import { formatDate } from '../format/date.ts';
import { formatNumber } from '../format/number.ts';

/** One criterion of the latest assessment, as a mark on the card's strip. */
export type CriterionMark = 'met' | 'not-met' | 'not-assessed';

/** Everything the card shows. */
export interface UnitCard {
  /** The site's name, at the top. */
  site: string;
  /** Full name: "Xã Hàm Giang". */
  name: string;
  /** Where the unit lies ("Tỉnh Vĩnh Long"), or for a province how many communes it has. */
  place: string;
  /** For a unit that ceased: since when. */
  former?: string;
  /** Communes: the highest recognised level, or "chưa đạt chuẩn". */
  level?: string;
  /** The headline figure ("14/19 tiêu chí"), or a line saying there is none. */
  headline: string;
  /** True when the headline is a score (false: "no assessment"). */
  scored: boolean;
  /** Lines under the headline: the year, the criteria set. */
  details: string[];
  /** One mark per criterion of the set, in order (communes with an assessment). */
  marks: CriterionMark[];
  /** "Dữ liệu minh họa" when a figure on the card is invented demo data. */
  illustrative?: string;
}

/** The latest assessment of a commune, scored against its set. */
export interface CommuneScore {
  met: number;
  /** Criteria in the set (19 or 10): from the data. */
  total: number;
  year: number;
  setName: string;
  illustrative: boolean;
  marks: CriterionMark[];
}

/** What a commune's card is made from. */
export interface CommuneCardInput {
  site: string;
  /** Full name. */
  name: string;
  /** Full names of the units it lies in, nearest first ("Huyện Trà Cú", "Tỉnh Trà Vinh"). */
  ancestors: string[];
  /** For a unit that ceased: the first day it no longer existed (YYYY-MM-DD). */
  ceasedOn?: string;
  /** Highest recognised level. */
  level?: { name: string; year: number; illustrative: boolean };
  latest?: CommuneScore;
}

const illustrativeMark = (yes: boolean) => (yes ? t('illustrative.title') : undefined);

/** The card of a commune (current or former). */
export const communeCard = (input: CommuneCardInput): UnitCard => {
  const { latest, level } = input;
  return {
    site: input.site,
    name: input.name,
    place: input.ancestors.join(', '),
    former: input.ceasedOn ? t('og.former', { date: formatDate(input.ceasedOn) }) : undefined,
    level: level ? t('og.levelYear', { level: level.name, year: level.year }) : t('og.levelNone'),
    headline: latest ? t('criteria.count', { met: latest.met, total: latest.total }) : t('og.noAssessment'),
    scored: !!latest,
    details: latest ? [t('og.assessedIn', { year: latest.year }), latest.setName] : [],
    marks: latest?.marks ?? [],
    illustrative: illustrativeMark(!!latest?.illustrative || !!level?.illustrative),
  };
};

/** Computed figures of a province's communes for one year and set. */
export interface ProvinceScore {
  year: number;
  setName: string;
  /** Criteria in the set: from the data. */
  total: number;
  /** Communes assessed. */
  count: number;
  /** Communes that met every criterion. */
  complete: number;
  average?: number;
  illustrative: boolean;
}

/** What a province's card is made from. */
export interface ProvinceCardInput {
  site: string;
  name: string;
  /** Communes, wards and special zones it has. */
  communes: number;
  latest?: ProvinceScore;
}

/** The card of a current province: its communes and how many met every criterion in the latest year. */
export const provinceCard = (input: ProvinceCardInput): UnitCard => {
  const { latest } = input;
  const average = latest?.average;
  return {
    site: input.site,
    name: input.name,
    place: t('og.communes', { count: formatNumber(input.communes) }),
    headline: latest
      ? t('og.provinceComplete', { complete: formatNumber(latest.complete), count: formatNumber(latest.count), total: latest.total })
      : t('og.noAssessment'),
    scored: !!latest,
    details: latest
      ? [
          [t('og.provinceAssessed', { count: formatNumber(latest.count), year: latest.year }), average === undefined ? '' : t('og.provinceAverage', { average: formatNumber(average, { decimals: 1 }) })]
            .filter(Boolean)
            .join(' · '),
          latest.setName,
        ]
      : [],
    marks: [],
    illustrative: illustrativeMark(!!latest?.illustrative),
  };
};

/** The card's alternative text: everything it says, in reading order, as sentences. */
export const cardAlt = (card: UnitCard): string => {
  const parts = [
    `${card.name}${card.place ? `, ${card.place}` : ''}`,
    card.former,
    card.level && `${t('og.level')}: ${card.level}`,
    [card.headline, ...card.details].join(', '),
    card.illustrative,
  ];
  return t('og.alt', { text: `${parts.filter(Boolean).join('. ').replaceAll(' · ', ', ')}.` });
};
