/**
 * Cross-checks of the lineage source: splits.json against merges.json, its names against the unit
 * lists, and old units it leaves without an edge. Each returns messages that are printed, not fatal.
 */
import { cmp } from './compare.ts';
import { edgeKey, type Edge } from './lineage.ts';
import type { OldProvince, SourceUnit } from './sources.ts';

/** Disagreements between splits.json and merges.json on the province and on edges touching its units. */
export const lineageDisagreements = (
  split: { provinces: readonly string[]; edges: readonly Edge[] },
  merge: { provinces: readonly string[]; edges: readonly Edge[] },
  touches: (e: Edge) => boolean,
): string[] => {
  const notes: string[] = [];
  if (split.provinces.join() !== merge.provinces.join()) {
    notes.push(`old provinces differ: splits.json ${split.provinces.join(', ')}; merges.json ${merge.provinces.join(', ')}`);
  }
  const splitKeys = new Set(split.edges.filter(touches).map(edgeKey));
  const mergeKeys = new Set(merge.edges.filter(touches).map(edgeKey));
  for (const k of [...splitKeys].sort(cmp)) if (!mergeKeys.has(k)) notes.push(`edge ${k} is in splits.json but not merges.json`);
  for (const k of [...mergeKeys].sort(cmp)) if (!splitKeys.has(k)) notes.push(`edge ${k} is in merges.json but not splits.json`);
  return notes;
};

// The two repositories place tone marks differently (Hoà, Thuỷ vs Hòa, Thủy): move a mark on the
// last vowel of "oa/oe/uy" to the first, on both sides, so that only real differences are reported.
const OLD_STYLE_TONE = /([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?!\p{L})/gu;
const moveTone = (_: string, first: string, toned: string): string => {
  const [base = '', ...marks] = toned.normalize('NFD');
  return `${(first + marks.join('')).normalize('NFC')}${base}`;
};

/** True when two unit names are the same but for case, spacing and tone-mark placement. */
export const sameName = (a: string, b: string): boolean => {
  const norm = (s: string) => s.normalize('NFC').replace(OLD_STYLE_TONE, moveTone).replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
};

/** Edges whose names in the lineage source differ from the unit lists (a hint at a wrong or changed code). */
export const nameDisagreements = (edges: readonly Edge[], oldNames: ReadonlyMap<string, string>, newNames: ReadonlyMap<string, string>): string[] => {
  const notes = new Set<string>();
  for (const e of edges) {
    const oldName = oldNames.get(e.oldCode);
    const newName = newNames.get(e.newCode);
    if (e.oldName && oldName && !sameName(e.oldName, oldName)) notes.add(`old ${e.oldCode}: merges.json says "${e.oldName}", the pre-reform list "${oldName}"`);
    if (e.newName && newName && !sameName(e.newName, newName)) notes.add(`new ${e.newCode}: merges.json says "${e.newName}", the current list "${newName}"`);
  }
  return [...notes];
};

/** The old units that need a lineage edge: communes, and districts that had no communes (island districts). */
export const unitsNeedingEdges = (olds: readonly OldProvince[]): SourceUnit[] =>
  olds.flatMap((p) => p.District.flatMap((d) => (d.Ward?.length ? d.Ward : [d])));

/** Old units with no edge at all in `edges`. */
export const unitsWithoutEdges = (units: readonly SourceUnit[], edges: readonly Edge[]): SourceUnit[] => {
  const from = new Set(edges.map((e) => e.oldCode));
  return units.filter((u) => !from.has(u.Code));
};
