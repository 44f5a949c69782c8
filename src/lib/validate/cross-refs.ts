/**
 * Checks that need more than one file: uniqueness across files, references to units (resolved at the
 * row's own date, because codes were reused in 2025), criteria sets and their years, criteria, levels,
 * indicators, programmes, campaigns, cited sources, repeated document numbers and dates out of range.
 * One small function per rule; `checkCrossRefs` runs them all and returns every issue.
 */
import type { RawDataset } from '../../loaders/read-dataset.ts';
import type { UnitRef, SourceRef } from '../../schemas/refs.ts';
import { NATION } from '../../schemas/refs.ts';
import { msg } from '../../i18n/validation.ts';
import { DATASETS } from '../../schemas/datasets.ts';
import { DOCUMENT_TYPES } from '../docnum/types.ts';
import { documentNumberKey } from '../docnum/parse.ts';
import { numberOf } from '../directives/number-of.ts';
import { parsePartialDate, partialDateEnd } from '../dates/partial-date.ts';
import { dayBefore, indexUnits, type UnitIndex } from '../units/unit-index.ts';
import { issuerKey } from '../directives/issuer.ts';
import { FACETS } from '../directives/facets.ts';
import type { DataIssue } from './issue.ts';
import type { Located } from './rows.ts';

type UnitRow = RawDataset['tables']['units'][number]['data'];
type Entry = { file: string; lines: Record<string, number> };
type Ctx = { raw: RawDataset; units: UnitIndex<UnitRow>; today: string; issues: DataIssue[] };

const at = (l: Located<unknown>, column: string, message: string): DataIssue => ({
  file: l.file,
  line: l.line,
  column,
  value: (l.raw[column] ?? '').trim(),
  message,
});
/** An issue on a front-matter field of a Markdown entry, on the field's line. */
const onField = (e: { file: string; lines: Record<string, number> }, column: string, value: string, message: string): DataIssue => ({
  file: e.file,
  line: e.lines[column.split('.')[0]!],
  column,
  value,
  message,
});
const where = (l: { file: string; line?: number }) => (l.line ? `${l.file}:${l.line}` : l.file);
const yearEnd = (y: number) => `${y}-12-31`;

/** Rows whose unique columns repeat, across every file of a dataset. */
const uniqueRows = ({ raw, issues }: Ctx) => {
  for (const ds of DATASETS) {
    const seen = new Map<string, Located<unknown>>();
    for (const row of raw.tables[ds.key] as Located<unknown>[]) {
      const values = ds.unique.map((c) => (row.raw[c] ?? '').trim());
      const key = values.join('\u0000');
      const first = seen.get(key);
      // The value shown is the repeated key as written, one cell per unique column.
      if (first) issues.push({ ...at(row, ds.unique.join(', '), msg.duplicate(where(first))), value: values.join(', ') });
      else seen.set(key, row);
    }
  }
};

/** Resolves a unit reference, reporting the row when no unit had that code on the date. */
const resolveUnit = (ctx: Ctx, ref: UnitRef, date: string, issue: () => Omit<DataIssue, 'message'>) => {
  const when = ref.at ?? date;
  const unit = ctx.units.at(ref.code, when);
  if (!unit) ctx.issues.push({ ...issue(), message: msg.unknownUnit(when) });
  return unit;
};

const checkUnits = (ctx: Ctx) => {
  for (const row of ctx.raw.tables.units) {
    const u = row.data;
    if (u.valid_from && u.valid_to && u.valid_from > u.valid_to) ctx.issues.push(at(row, 'valid_to', msg.validRange));
    if (u.parent_code) {
      const day = u.valid_to ?? u.valid_from ?? ctx.today;
      if (!ctx.units.at(u.parent_code, day)) ctx.issues.push(at(row, 'parent_code', msg.unknownParent));
    }
  }
  for (const row of ctx.raw.tables.lineage) {
    const l = row.data;
    resolveUnit(ctx, { code: l.old_code }, dayBefore(l.date), () => at(row, 'old_code', ''));
    resolveUnit(ctx, { code: l.new_code }, l.date, () => at(row, 'new_code', ''));
  }
};

const checkCriteria = (ctx: Ctx) => {
  const { tables } = ctx.raw;
  const sets = new Set(tables.criteriaSets.map((r) => r.data.set));
  const groups = new Set(tables.criteriaGroups.map((r) => `${r.data.set}/${r.data.group}`));
  for (const row of tables.criteriaSets) {
    if (row.data.applies_from > row.data.applies_to) ctx.issues.push(at(row, 'applies_to', msg.validRange));
  }
  for (const row of [...tables.criteriaGroups, ...tables.criteria, ...tables.levels]) {
    if (!sets.has(row.data.set)) ctx.issues.push(at(row, 'set', msg.unknownSet));
  }
  for (const row of tables.criteria) {
    if (row.data.group && !groups.has(`${row.data.set}/${row.data.group}`)) ctx.issues.push(at(row, 'group', msg.unknownGroup(row.data.set)));
  }
};

const checkAssessments = (ctx: Ctx) => {
  const { tables } = ctx.raw;
  const setById = new Map(tables.criteriaSets.map((r) => [r.data.set, r.data]));
  const criteria = new Set(tables.criteria.map((r) => `${r.data.set}/${r.data.number}`));
  const levelsBySet = new Map<string, string[]>();
  for (const r of tables.levels) levelsBySet.set(r.data.set, [...(levelsBySet.get(r.data.set) ?? []), r.data.level]);

  for (const row of tables.assessments) {
    const a = row.data;
    const day = a.as_of ?? yearEnd(a.year);
    // data/assessments/<province>/<year>.csv holds one year, so a publisher finds a result where expected.
    const fileYear = /\/(\d{4})\.csv$/.exec(row.file)?.[1];
    if (fileYear && Number(fileYear) !== a.year) ctx.issues.push(at(row, 'year', msg.yearMismatch(fileYear)));
    resolveUnit(ctx, a.unit, day, () => at(row, 'unit', ''));
    const set = setById.get(a.set);
    if (!set) ctx.issues.push(at(row, 'set', msg.unknownSet));
    else {
      if (day < set.applies_from || day > set.applies_to) ctx.issues.push(at(row, 'set', msg.setNotForYear(set.applies_from, set.applies_to)));
      if (!criteria.has(`${a.set}/${a.criterion}`)) ctx.issues.push(at(row, 'criterion', msg.unknownCriterion(a.set)));
    }
    checkSource(ctx, row, a.source);
  }
  for (const row of tables.recognitions) {
    const r = row.data;
    resolveUnit(ctx, r.unit, r.decision_date ?? yearEnd(r.year), () => at(row, 'unit', ''));
    if (!setById.has(r.set)) ctx.issues.push(at(row, 'set', msg.unknownSet));
    else if (!levelsBySet.get(r.set)?.includes(r.level)) ctx.issues.push(at(row, 'level', msg.unknownLevel(r.set, levelsBySet.get(r.set) ?? [])));
    checkSource(ctx, row, r.source);
  }
  for (const row of tables.criteriaSets) checkSource(ctx, row, row.data.source);
};

const checkFigures = (ctx: Ctx) => {
  const { tables } = ctx.raw;
  const indicators = new Set(tables.indicators.map((r) => r.data.indicator));
  const programmes = new Set(tables.programmes.map((r) => r.data.programme));
  for (const row of tables.figures) {
    const f = row.data;
    const period = parsePartialDate(f.period);
    const end = period && partialDateEnd(period);
    if (f.scope !== NATION && end) resolveUnit(ctx, f.scope, end, () => at(row, 'scope', ''));
    if (!indicators.has(f.indicator)) ctx.issues.push(at(row, 'indicator', msg.unknownIndicator));
    checkSource(ctx, row, f.source);
  }
  for (const row of tables.disbursements) {
    const d = row.data;
    if (d.scope !== NATION) resolveUnit(ctx, d.scope, yearEnd(d.year), () => at(row, 'scope', ''));
    if (!programmes.has(d.programme)) ctx.issues.push(at(row, 'programme', msg.unknownProgramme));
    checkSource(ctx, row, d.source);
  }
};

const checkSource = (ctx: Ctx, row: Located<unknown>, source: SourceRef | undefined) => {
  if (!source || source.kind === 'url') return;
  const key = source.kind === 'directive' ? 'directives' : 'news';
  // An entry that exists but failed its own checks is already reported; do not report its citations too.
  const known = ctx.raw.entries[key].some((e) => e.id === source.id) || ctx.raw.invalidIds[key].has(source.id);
  if (!known) ctx.issues.push(at(row, 'source', source.kind === 'directive' ? msg.unknownDirective : msg.unknownNews));
};

const checkEntries = (ctx: Ctx) => {
  const { entries, tables } = ctx.raw;
  // Entries that failed their own checks still exist: citations of them are not reported again.
  const idsOf = (key: keyof typeof entries) => new Set([...entries[key].map((e) => e.id), ...ctx.raw.invalidIds[key]]);
  const campaigns = idsOf('campaigns');
  const directives = idsOf('directives');
  const news = idsOf('news');
  const programmes = new Set(tables.programmes.map((r) => r.data.programme));
  const typeKeys = Object.keys(DOCUMENT_TYPES);
  const numbers = new Map<string, string>();
  // Every address under /van-ban/ names one thing: a document, an old address of one, or a library list.
  const slugs = new Map(entries.directives.map((e) => [e.id, e.file]));
  const reserved: readonly string[] = [...FACETS, 'trang'];
  // An undated entry is checked against today's units: the best guess a reader would make too.
  const endOf = (value: string) => {
    const d = parsePartialDate(value);
    return (d && partialDateEnd(d)) ?? ctx.today;
  };
  const unitsOf = (e: Entry, refs: readonly UnitRef[], day: string) => {
    for (const l of refs) resolveUnit(ctx, l, day, () => onField(e, 'localities', l.code, ''));
  };
  const campaignsOf = (e: Entry, ids: readonly string[]) => {
    for (const c of ids) if (!campaigns.has(c)) ctx.issues.push(onField(e, 'campaigns', c, msg.unknownCampaign));
  };
  const mentionsOf = (e: Entry, column: string, list: readonly { directive?: string }[]) => {
    for (const m of list) if (m.directive && !directives.has(m.directive)) ctx.issues.push(onField(e, column, m.directive, msg.unknownDirective));
  };

  for (const e of entries.directives) {
    const d = e.data;
    if (!typeKeys.includes(d.type)) ctx.issues.push(onField(e, 'type', d.type, msg.unknownType(typeKeys)));
    checkDate(ctx, e, d.date);
    campaignsOf(e, d.campaigns);
    for (const p of d.programmes) if (!programmes.has(p)) ctx.issues.push(onField(e, 'programmes', p, msg.unknownProgramme));
    unitsOf(e, d.localities, endOf(d.date));
    // Same body + year + number = the same document (Nghị định 30/2020/NĐ-CP, Điều 15); a blank serial cannot collide.
    const parsed = numberOf(d.number, d.number_parts);
    const year = parsePartialDate(d.date)?.year;
    if (parsed.serial !== null && year) {
      const key = `${issuerKey(d.issuer)}|${year}|${documentNumberKey(parsed)}`;
      const first = numbers.get(key);
      if (first) ctx.issues.push(onField(e, 'number', d.number, msg.duplicateNumber(first)));
      else numbers.set(key, e.file);
    }
    mentionsOf(e, 'cites', d.cites);
    if (reserved.includes(e.id)) ctx.issues.push({ file: e.file, message: `${e.id}: ${msg.slugReserved(reserved)}` });
    for (const old of d.former_slugs) {
      const owner = slugs.get(old);
      if (owner) ctx.issues.push(onField(e, 'former_slugs', old, msg.slugTaken(owner)));
      else if (reserved.includes(old)) ctx.issues.push(onField(e, 'former_slugs', old, msg.slugReserved(reserved)));
      else slugs.set(old, e.file);
    }
  }
  for (const e of entries.news) {
    // /tin-tuc/<facet>/ and /tin-tuc/trang/ are the news list's pages.
    if (['phong-trao', 'tinh', 'nam', 'trang'].includes(e.id)) ctx.issues.push({ file: e.file, message: `${e.id}: ${msg.slugReserved(['phong-trao', 'tinh', 'nam', 'trang'])}` });
    checkDate(ctx, e, e.data.date);
    campaignsOf(e, e.data.campaigns);
    unitsOf(e, e.data.localities, endOf(e.data.date));
    mentionsOf(e, 'reports', e.data.reports);
    mentionsOf(e, 'cites', e.data.cites);
  }
  for (const e of entries.campaigns) {
    mentionsOf(e, 'launch_document', e.data.launch_document ? [e.data.launch_document] : []);
    for (const src of e.data.sources) {
      if (src.kind === 'url') continue;
      const known = (src.kind === 'directive' ? directives : news).has(src.id);
      if (!known) ctx.issues.push(onField(e, 'sources', src.id, src.kind === 'directive' ? msg.unknownDirective : msg.unknownNews));
    }
    unitsOf(e, e.data.localities, ctx.today);
  }
};

/** No programme document predates 2009, the year of the first national criteria set (QĐ 491/QĐ-TTg, 16/4/2009). */
export const EARLIEST_DOCUMENT = '2009-01-01';

const checkDate = (ctx: Ctx, e: Entry, value: string) => {
  if (value === '') return;
  // Compare at the precision written: a year-only "2024" is in range while today is in 2024.
  if (value < EARLIEST_DOCUMENT.slice(0, value.length) || value > ctx.today.slice(0, value.length)) {
    ctx.issues.push(onField(e, 'date', value, msg.dateOutOfRange(EARLIEST_DOCUMENT, ctx.today)));
  }
};

/** Runs every cross-file rule. `today` (YYYY-MM-DD) bounds dates from the future. */
export const checkCrossRefs = (raw: RawDataset, today: string): DataIssue[] => {
  const ctx: Ctx = { raw, units: indexUnits(raw.tables.units.map((r) => r.data)), today, issues: [] };
  for (const rule of [uniqueRows, checkUnits, checkCriteria, checkAssessments, checkFigures, checkEntries]) rule(ctx);
  return ctx.issues;
};
