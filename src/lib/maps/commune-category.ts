/**
 * What a province map colours each commune by, for one year and criteria set: the highest level
 * recognised under that set by that year (levels from data/criteria/levels.csv); failing that, its
 * assessment that year (every criterion met counts as the set's first level, "đạt chuẩn"; otherwise
 * "chưa đạt"); failing that, no data. Higher levels (nâng cao, kiểu mẫu, hiện đại) come only from
 * recognitions: an assessment against the base criteria cannot show them.
 */

/** A level as levels.csv gives it. */
export interface LevelLike {
  set: string;
  level: string;
  name: string;
  rank: number;
}

/** Keys of the two categories that are not levels. */
export const NOT_MET = 'chua-dat';
export const NO_DATA = 'khong-co-du-lieu';

/** A category: its key (a level key, NOT_MET or NO_DATA), rank (-1 no data, 0 not met, the level's rank) and the level's name. */
export interface MapCategory {
  key: string;
  rank: number;
  levelName?: string;
}

const levelsOf = (set: string, levels: readonly LevelLike[]) => levels.filter((l) => l.set === set).sort((a, b) => a.rank - b.rank);

/** The categories of a set in legend order: not met, the set's levels from the lowest, no data. */
export const categoriesOf = (set: string, levels: readonly LevelLike[]): MapCategory[] => [
  { key: NOT_MET, rank: 0 },
  ...levelsOf(set, levels).map((l) => ({ key: l.level, rank: l.rank, levelName: l.name })),
  { key: NO_DATA, rank: -1 },
];

/** What is known of one commune. */
export interface CommuneFacts {
  /** Its recognitions, any set and year. */
  recognitions: readonly { set: string; level: string; year: number }[];
  /** Its assessment for the map's year and set, scored; absent when there is none. */
  assessment?: { complete: boolean };
}

/** The category key of a commune on the map of `year` under `set`. */
export const communeCategory = (facts: CommuneFacts, set: string, year: number, levels: readonly LevelLike[]): string => {
  const setLevels = levelsOf(set, levels);
  const rankOf = new Map(setLevels.map((l) => [l.level, l.rank]));
  const recognised = facts.recognitions
    .filter((r) => r.set === set && r.year <= year && rankOf.has(r.level))
    .sort((a, b) => rankOf.get(b.level)! - rankOf.get(a.level)!)[0];
  if (recognised) return recognised.level;
  if (!facts.assessment) return NO_DATA;
  if (!facts.assessment.complete) return NOT_MET;
  const base = setLevels[0];
  if (!base) throw new Error(`criteria set ${set} has no levels in levels.csv`);
  return base.level;
};

/**
 * The year a province map shows: the latest year its communes were assessed, under the set most of
 * that year's assessments use (ties: the first by key). Undefined when nothing was assessed.
 */
export const mapYear = (assessments: readonly { year: number; set: string }[]): { year: number; set: string } | undefined => {
  const year = Math.max(...assessments.map((a) => a.year));
  if (!Number.isFinite(year)) return undefined;
  const counts = new Map<string, number>();
  for (const a of assessments) if (a.year === year) counts.set(a.set, (counts.get(a.set) ?? 0) + 1);
  const [set] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  return { year, set };
};

/** "Xã đạt chuẩn nông thôn mới" → "đạt chuẩn nông thôn mới", to follow a commune's name ("Xã Bình Lư: đạt chuẩn nông thôn mới"). */
export const levelPhrase = (levelName: string): string => levelName.replace(/^Xã\s+/u, '');
