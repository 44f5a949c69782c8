/**
 * Generated directives (văn bản chỉ đạo, all marked `illustrative: 1`): one annual report per
 * province and year (the source of the generated figures), then documents spread over 2021–2026 in
 * proportion to each province's communes, issued by the bodies of the time (bodies.ts), numbered in
 * sequence through each body's year, each citing zero to two earlier documents of its province by
 * number, date and issuer, so the portal's citation links are exercised at scale.
 */
import type { DocumentTypeKey } from '../../src/lib/docnum/types.ts';
import { issuerKey } from '../../src/lib/directives/issuer.ts';
import { slugForDirective } from '../../src/lib/directives/slug.ts';
import { unitId } from '../../src/lib/units/unit-index.ts';
import { distribution, documentNumber, personName, pickBody, provinceUnits, recipients, signature, TYPE_WEIGHTS, unitsAt, type Body, type ProvinceUnits } from './bodies.ts';
import { rng, type Rng } from './rng.ts';
import { statsKey, type StatsIndex } from './stats.ts';
import { documentText, type Cited, type DocFacts } from './text.ts';
import type { DemoUnit } from '../demo-assessments/inputs.ts';
import type { Province } from './units.ts';

/** The last day a generated document may carry (the validator refuses dates after today). */
export const LAST_DAY = '2026-10-31';
const FIRST_YEAR = 2021;

/** A campaign documents may be tagged with. */
export interface CampaignRef {
  id: string;
  name: string;
  from: number;
}

/** One generated directive: its id, what others need to cite or report it, and its front matter and body. */
export interface GeneratedDirective {
  id: string;
  date: string;
  number: string;
  issuer: string;
  type: DocumentTypeKey;
  subject: string;
  province: string;
  campaign?: string;
  /** For an annual report: the area and year it reports on. */
  reports?: { unit: DemoUnit; year: number };
  frontMatter: Record<string, unknown>;
  body: string;
}

const SOURCE_NAME = 'Văn bản minh họa: dữ liệu tổng hợp do npm run bench sinh ra, không phải văn bản thật';

// Documents per year grow as the programme advances; 2026 runs until LAST_DAY.
const YEAR_WEIGHTS: readonly (readonly [number, number])[] = [[2021, 12], [2022, 15], [2023, 17], [2024, 19], [2025, 20], [2026, 17]];
// Numbers a body reaches by the end of a year (công văn included), to place serials realistically.
const YEARLY_SERIALS: Readonly<Record<string, number>> = { 'ubnd:province': 4500, 'ubnd:district': 1800, 'ubnd:commune': 350, 'so:province': 2600, 'vpdp:province': 450, 'party:province': 900, 'party:district': 600, 'party:commune': 150 };

const iso = (year: number, dayOfYear: number): string => new Date(Date.UTC(year, 0, dayOfYear)).toISOString().slice(0, 10);
const dayOfYear = (date: string): number => Math.round((Date.parse(`${date}T00:00:00Z`) - Date.UTC(Number(date.slice(0, 4)), 0, 1)) / 86_400_000) + 1;

/** A date in `year`, on a weekday, not after LAST_DAY. */
const dateIn = (year: number, r: Rng): string => {
  const days = year === Number(LAST_DAY.slice(0, 4)) ? dayOfYear(LAST_DAY) : 365;
  for (;;) {
    const d = iso(year, r.int(4, days));
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return d;
  }
};

/** Serial numbers per issuer and year, rising with the date; keyed by the issuer's name so same-named bodies never share a number. */
const serialCounter = () => {
  const last = new Map<string, number>();
  return (body: Body, date: string, r: Rng): number => {
    const key = `${issuerKey(body.issuer)}|${date.slice(0, 4)}`;
    const rate = YEARLY_SERIALS[`${body.kind}:${body.tier}`] ?? 300;
    const target = Math.max(1, Math.round((dayOfYear(date) / 366) * rate * (0.85 + 0.3 * r.float())));
    const n = Math.max(target, (last.get(key) ?? 0) + 1);
    last.set(key, n);
    return n;
  };
};

interface Plan {
  date: string;
  province: ProvinceUnits;
  report?: { unit: DemoUnit; year: number };
}

/** Which documents to write: the annual reports, then the rest spread by year and province size. */
const plan = (provinces: readonly ProvinceUnits[], count: number, seed: number): Plan[] => {
  const r = rng(seed, 'directive-plan');
  const plans: Plan[] = [];
  for (const p of provinces) {
    // Each year's report is dated in January of the next year, by the province of that year.
    for (const old of p.oldProvinces) for (let y = FIRST_YEAR; y <= 2024; y++) plans.push({ date: iso(y + 1, rng(seed, `report:${old.code}:${y}`).int(8, 28)), province: p, report: { unit: old, year: y } });
    plans.push({ date: iso(2026, rng(seed, `report:${p.current.code}:2025`).int(8, 28)), province: p, report: { unit: p.current, year: 2025 } });
  }
  const kept = plans.slice(0, count);
  const weights = provinces.map((p) => [p, Math.max(1, (p.communesOf.get(`${p.current.code}:new`) ?? []).length)] as const);
  while (kept.length < count) kept.push({ date: dateIn(r.weighted(YEAR_WEIGHTS), r), province: r.weighted(weights) });
  return kept;
};

const programmesOn = (date: string): string[] => [date >= '2026-01-01' ? 'mtqg-2026-2035' : 'ntm-2021-2025'];

/** The area whose counts a document quotes: the one it reports on, else its body's, for the last year assessed before it. */
const statsFor = (stats: StatsIndex, body: Body, date: string, communes: readonly DemoUnit[], report?: Plan['report']) => {
  if (report) return stats.get(statsKey(report.unit, report.year));
  const year = Math.max(FIRST_YEAR, Number(date.slice(0, 4)) - 1);
  const area = body.tier === 'commune' && communes[0] ? communes[0] : body.unit;
  return stats.get(statsKey(area, year)) ?? stats.get(statsKey(body.province, year));
};

/** Generates `count` directives over `provinces` (units grouped per current province). */
export const generateDirectives = (opts: {
  provinces: readonly Province[];
  units: readonly DemoUnit[];
  stats: StatsIndex;
  campaigns: readonly CampaignRef[];
  count: number;
  seed: number;
}): GeneratedDirective[] => {
  const { seed, stats } = opts;
  const provinces = opts.provinces.map((p) => provinceUnits(p.slug, opts.units));
  const plans = plan(provinces, opts.count, seed)
    .map((p, i) => ({ ...p, i }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.i - b.i);
  const nextSerial = serialCounter();
  const ids = new Set<string>();
  const byProvince = new Map<string, GeneratedDirective[]>();
  const out: GeneratedDirective[] = [];
  for (const pl of plans) {
    const r = rng(seed, `directive:${pl.i}`);
    const at = unitsAt(pl.province, pl.date, r);
    const body: Body = pl.report
      ? { key: `ubnd:${unitId(pl.report.unit)}`, kind: 'ubnd', tier: 'province', issuer: `UBND ${pl.report.unit.kind} ${pl.report.unit.name}`, place: pl.report.unit.name, unit: pl.report.unit, province: pl.report.unit }
      : pickBody(pl.province, pl.date, r);
    const type: DocumentTypeKey = pl.report ? 'bao-cao' : r.weighted(TYPE_WEIGHTS[body.kind].filter(([t]) => body.tier !== 'commune' || t !== 'chi-thi'));
    const year = Number(pl.date.slice(0, 4));
    const normative = type === 'quyet-dinh' && body.tier === 'province' && r.chance(0.08);
    const number = documentNumber(body, type, nextSerial(body, pl.date, r), year, pl.date, r, normative);
    const communes = body.tier === 'commune' ? [body.unit] : r.sample(at.communes, r.int(0, 4));
    const earlier = (byProvince.get(pl.province.slug) ?? []).slice(-80).filter((d) => d.date < pl.date);
    const cited: Cited[] = pl.report || earlier.length === 0 || !r.chance(0.55) ? [] : r.sample(earlier, r.int(1, 2)).map((d) => ({ number: d.number, date: d.date, issuer: d.issuer, type: d.type, subject: d.subject }));
    const campaigns = opts.campaigns.filter((c) => c.from <= year);
    const campaign = !pl.report && campaigns.length > 0 && r.chance(0.25) ? r.pick(campaigns) : undefined;
    const facts: DocFacts = { body, type, date: pl.date, year, communes, cited, campaign, stats: statsFor(stats, body, pl.date, communes, pl.report) };
    const text = pl.report
      ? { ...documentText(facts, r), subject: `Kết quả thực hiện chương trình mục tiêu quốc gia xây dựng nông thôn mới năm ${pl.report.year}` }
      : documentText(facts, r);
    if (pl.report) text.summary = `Báo cáo minh họa của ${body.issuer}: kết quả xây dựng nông thôn mới năm ${pl.report.year}.`;
    const sig = signature(body, type, r);
    let id = slugForDirective({ issuer: body.issuer, number, date: pl.date });
    for (let k = 2; ids.has(id); k++) id = `${slugForDirective({ issuer: body.issuer, number, date: pl.date })}-${k}`;
    ids.add(id);
    const frontMatter: Record<string, unknown> = {
      illustrative: 1,
      number,
      type,
      issuer: body.issuer,
      issuer_parent: body.parent,
      place: body.place,
      date: pl.date,
      subject: text.subject,
      recipients: recipients(body, pl.date),
      distribution: distribution(body),
      signer: { name: personName(rng(seed, `signer:${issuerKey(body.issuer)}:${year}:${sig.title}`)), title: sig.title, authority: sig.authority, block: sig.block },
      programmes: programmesOn(pl.date),
      campaigns: campaign ? [campaign.id] : [],
      localities: [...new Set([body.unit.code, ...communes.map((c) => c.code)])],
      source_name: SOURCE_NAME,
      summary: text.summary,
      cites: cited.map((c) => ({ number: c.number, date: c.date, issuer: c.issuer })),
    };
    const d: GeneratedDirective = { id, date: pl.date, number, issuer: body.issuer, type, subject: text.subject, province: pl.province.slug, campaign: campaign?.id, reports: pl.report, frontMatter, body: text.body };
    out.push(d);
    const mine = byProvince.get(pl.province.slug) ?? [];
    mine.push(d);
    byProvince.set(pl.province.slug, mine);
  }
  return out;
};
