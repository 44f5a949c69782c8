/**
 * A unit's preview card from the portal's data: the same level, latest score and criteria set the
 * unit page shows. Pages take `unitPreview(p, unit)` (image path and alt text, for BaseLayout); the
 * image endpoint (src/pages/og/[...slug].png.ts) takes the card itself.
 */
import { t } from '../i18n/vi.ts';
import type { Portal, Unit } from './portal.ts';
import { unitId, dayAfter } from '../lib/units/unit-index.ts';
import { unitFullName } from '../lib/units/unit-path.ts';
import { highestLevel, summariseUnit } from '../lib/units/unit-summary.ts';
import { provinceTotals, type ProvinceTotal } from '../lib/results/province-totals.ts';
import { cardAlt, communeCard, provinceCard, type CriterionMark, type UnitCard } from '../lib/og/unit-card.ts';
import { hasPreviewImage, unitImagePath } from '../lib/og/image-path.ts';

const totalsByPortal = new WeakMap<Portal, ProvinceTotal[]>();
/** Figures per current province, year and set (as on /ket-qua/), computed once per build. */
const totalsOf = (p: Portal): ProvinceTotal[] => {
  let totals = totalsByPortal.get(p);
  if (!totals) {
    totals = provinceTotals([...p.assessmentsByUnit.values()].flat(), p.provinceOf, p.criteria);
    totalsByPortal.set(p, totals);
  }
  return totals;
};

const setNameOf = (p: Portal, set: string) => p.criteriaSets.find((s) => s.set === set)?.name ?? set;

/** Full names of the units `unit` lies in, nearest first. */
const ancestorsOf = (p: Portal, unit: Unit): string[] => {
  const names: string[] = [];
  for (let up = p.parentOf(unit), n = 0; up && n < 3; up = p.parentOf(up), n++) names.push(unitFullName(up));
  return names;
};

const communeCardOf = (p: Portal, unit: Unit): UnitCard => {
  const id = unitId(unit);
  const summary = summariseUnit(p.assessmentsByUnit.get(id) ?? [], p.criteria);
  const level = highestLevel(p.recognitionsByUnit.get(id) ?? [], p.levels);
  const latest = summary.latest;
  return communeCard({
    site: t('site.name'),
    name: unitFullName(unit),
    ancestors: ancestorsOf(p, unit),
    ceasedOn: unit.valid_to ? dayAfter(unit.valid_to) : undefined,
    level: level && { name: level.info!.name, year: level.year, illustrative: !!level.illustrative },
    latest: latest && {
      met: latest.score.met,
      total: latest.score.total,
      year: latest.assessment.year,
      setName: setNameOf(p, latest.assessment.set),
      illustrative: latest.assessment.illustrative,
      marks: latest.grid.map((g): CriterionMark => g.status),
    },
  });
};

const provinceCardOf = (p: Portal, unit: Unit): UnitCard => {
  const id = unitId(unit);
  // The latest year with assessments; in a year with two sets, the one more communes were assessed against.
  const latest = totalsOf(p)
    .filter((r) => r.province === id)
    .sort((a, b) => a.year - b.year || a.count - b.count)
    .at(-1);
  return provinceCard({
    site: t('site.name'),
    name: unitFullName(unit),
    communes: (p.childrenOf.get(id) ?? []).filter((c) => c.level === 'commune').length,
    latest: latest && {
      year: latest.year,
      setName: setNameOf(p, latest.set),
      total: p.criteria.filter((c) => c.set === latest.set).length,
      count: latest.count,
      complete: latest.complete,
      average: latest.average,
      illustrative: latest.illustrative,
    },
  });
};

/** The preview card of a unit that has one (see hasPreviewImage). */
export const unitCard = (p: Portal, unit: Unit): UnitCard | undefined =>
  !hasPreviewImage(unit) ? undefined : unit.level === 'province' ? provinceCardOf(p, unit) : communeCardOf(p, unit);

/** BaseLayout's `image` and `imageAlt` for a unit page; empty (the site's default image) when it has none. */
export const unitPreview = (p: Portal, unit: Unit): { image?: string; imageAlt?: string } => {
  const card = unitCard(p, unit);
  const image = unitImagePath(unit);
  return card && image ? { image, imageAlt: cardAlt(card) } : {};
};
