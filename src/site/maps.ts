/**
 * What the map components draw, put together from the portal's data and the outlines: for a current
 * province, each commune's shape, category, label and link, the legend with counts, and the rows of
 * the table beside the map; for the country, each province's shape and whether the portal has its
 * page. Components only render this.
 */
import { t } from '../i18n/vi.ts';
import { categoriesOf, communeCategory, levelPhrase, mapYear, NO_DATA, NOT_MET, type MapCategory } from '../lib/maps/commune-category.ts';
import { PROVINCE_WITH_DATA, PROVINCE_WITHOUT_DATA, styleForRank, type MapStyle } from '../lib/maps/level-style.ts';
import type { MapShape, ProjectedMap } from '../lib/maps/project.ts';
import { scoreAssessment } from '../lib/criteria/score.ts';
import { compareVietnamese } from '../lib/text/fold.ts';
import { unitId } from '../lib/units/unit-index.ts';
import { unitFullName, unitPath } from '../lib/units/unit-path.ts';
import { communesMap, provincesMap } from './boundaries.ts';
import type { Portal, Unit } from './portal.ts';
import { buildDay } from '../lib/dates/build-day.ts';

/** A category as the legend shows it. */
export interface LegendItem extends MapCategory {
  /** Lower case, to follow a name: "đạt chuẩn nông thôn mới". */
  phrase: string;
  style: MapStyle;
  count: number;
}

/** One commune: its row in the table and, when it has an outline, its shape. */
export interface CommuneEntry {
  unit: Unit;
  name: string;
  path: string;
  category: LegendItem;
  score?: { met: number; total: number };
  /** "Xã Bình Lư: chưa đạt chuẩn, 6/10 tiêu chí": the link's accessible name and tooltip. */
  label: string;
  shape?: MapShape;
}

/** Everything a province map shows. */
export interface ProvinceMapData {
  province: Unit;
  map: ProjectedMap;
  /** The year shown and its criteria set; year is undefined when no commune was assessed. */
  year?: number;
  set: string;
  setName: string;
  legend: LegendItem[];
  /** Sorted by name. */
  communes: CommuneEntry[];
  /** Outlines whose code is not a current commune of the province (should be none; drawn without a link). */
  strayShapes: MapShape[];
  illustrative: boolean;
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

const phraseOf = (c: MapCategory): string =>
  c.key === NOT_MET ? t('map.notMet') : c.key === NO_DATA ? t('map.noData') : levelPhrase(c.levelName ?? c.key);

/** The set in force on a day, else the latest, for a province nobody assessed yet. */
const setInForce = (p: Portal, day: string): string => {
  const sets = [...p.criteriaSets].sort((a, b) => a.applies_from.localeCompare(b.applies_from));
  return (sets.find((s) => s.applies_from <= day && (!s.applies_to || day <= s.applies_to)) ?? sets.at(-1))?.set ?? '';
};

/** The map of a current province's communes; undefined for any other unit or a province without outlines. */
export const provinceMapData = (p: Portal, province: Unit): ProvinceMapData | undefined => {
  if (province.level !== 'province' || province.valid_to) return undefined;
  const map = communesMap(province.code);
  if (!map) return undefined;
  const units = [...(p.childrenOf.get(unitId(province)) ?? [])].sort((a, b) => compareVietnamese(a.name, b.name));
  const assessmentsOf = (u: Unit) => p.assessmentsByUnit.get(unitId(u)) ?? [];
  const shown = mapYear(units.flatMap(assessmentsOf));
  const set = shown?.set ?? setInForce(p, buildDay());
  const criteria = p.criteria.filter((c) => c.set === set);
  const legend: LegendItem[] = categoriesOf(set, p.levels).map((c) => ({ ...c, phrase: phraseOf(c), style: styleForRank(c.rank), count: 0 }));
  const byKey = new Map(legend.map((c) => [c.key, c]));
  const shapes = new Map(map.shapes.map((s) => [s.code, s]));
  let illustrative = false;
  const communes = units.map((u): CommuneEntry => {
    const assessment = shown && assessmentsOf(u).find((a) => a.year === shown.year && a.set === set);
    const recognitions = p.recognitionsByUnit.get(unitId(u)) ?? [];
    const score = assessment ? scoreAssessment(assessment, criteria) : undefined;
    const key = shown ? communeCategory({ recognitions, assessment: score }, set, shown.year, p.levels) : NO_DATA;
    const category = byKey.get(key)!;
    category.count++;
    illustrative ||= !!assessment?.illustrative || recognitions.some((r) => r.illustrative && r.set === set);
    const name = unitFullName(u);
    const label = score
      ? t('map.areaScore', { name, level: category.phrase, met: score.met, total: score.total })
      : t('map.area', { name, level: category.phrase });
    return { unit: u, name, path: unitPath(u), category, score: score && { met: score.met, total: score.total }, label, shape: shapes.get(u.code) };
  });
  const codes = new Set(units.map((u) => u.code));
  return {
    province,
    map,
    year: shown?.year,
    set,
    setName: p.criteriaSets.find((s) => s.set === set)?.name ?? set,
    legend,
    communes,
    strayShapes: map.shapes.filter((s) => !codes.has(s.code)),
    illustrative,
  };
};

/** The legend text of a category: "Đạt chuẩn nông thôn mới". */
export const legendLabel = (c: LegendItem): string => capitalise(c.phrase);

/** One province on the national map: its shape, and its page when the portal has data for it. */
export interface ProvinceEntry {
  shape: MapShape;
  name: string;
  unit?: Unit;
  path?: string;
  communes: number;
  style: MapStyle;
  label: string;
}

/** Everything the national map shows. */
export interface NationalMapData {
  map: ProjectedMap;
  /** Sorted by name. */
  provinces: ProvinceEntry[];
  withData: number;
  /** Archipelago labels, in map units. */
  islands: { label: string; at: [number, number] }[];
}

// Where to write the names of the two archipelagos (longitude, latitude): beside their islands,
// which the outlines include (in Đà Nẵng and Khánh Hòa), not on them.
const ISLANDS: { key: 'map.hoangSa' | 'map.truongSa'; at: [number, number] }[] = [
  { key: 'map.hoangSa', at: [112.4, 16.75] },
  { key: 'map.truongSa', at: [114.4, 12.2] },
];

/** The national map: every province outline, linked when the portal has the current province's page. */
export const nationalMapData = (p: Portal): NationalMapData | undefined => {
  const map = provincesMap();
  if (!map) return undefined;
  const current = new Map(p.units.filter((u) => u.level === 'province' && !u.valid_to).map((u) => [u.code, u]));
  const provinces = map.shapes
    .map((shape): ProvinceEntry => {
      const unit = current.get(shape.code);
      if (!unit) return { shape, name: shape.name, communes: 0, style: PROVINCE_WITHOUT_DATA, label: t('map.provinceNoData', { name: shape.name }) };
      const name = unitFullName(unit);
      const communes = (p.childrenOf.get(unitId(unit)) ?? []).length;
      return { shape, name, unit, path: unitPath(unit), communes, style: PROVINCE_WITH_DATA, label: t('map.provinceData', { name, count: communes }) };
    })
    .sort((a, b) => compareVietnamese(a.shape.name, b.shape.name));
  return {
    map,
    provinces,
    withData: provinces.filter((e) => e.unit).length,
    islands: ISLANDS.flatMap(({ key, at }) => {
      const xy = map.project(at);
      return xy ? [{ label: t(key), at: [Math.round(xy[0]), Math.round(xy[1])] as [number, number] }] : [];
    }),
  };
};
